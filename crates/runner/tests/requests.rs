//! The request path without scripts: variables, iterations, folders, auth, errors, bodies.

mod common;

use std::time::Duration;

use cogman_collection::{Environment, VariableScope};
use cogman_runner::{RunError, RunOptions, run};
use cogman_testkit::EchoServer;
use common::*;
use serde_json::{Value, json};

fn env(pairs: &[(&str, Value)]) -> Environment {
    let mut scope = VariableScope::new();
    for (k, v) in pairs {
        scope.set(k, v.clone());
    }
    Environment {
        name: Some("env".into()),
        scope,
        ..Environment::default()
    }
}

#[test]
fn variable_precedence_and_nesting() {
    let server = EchoServer::start();
    let mut c = coll(vec![request_item(
        "vars",
        "GET",
        "{{base}}/get?a={{a}}&b={{b}}&c={{c}}&d={{d}}&n={{nested}}&u={{unknown}}",
    )]);
    c["variable"] = json!([
        {"key": "base", "value": server.base_url()},
        {"key": "a", "value": "collection"},
        {"key": "b", "value": "collection"},
        {"key": "c", "value": "collection"},
        {"key": "d", "value": "collection"},
        {"key": "inner", "value": "deep"},
        {"key": "nested", "value": "x-{{inner}}"}
    ]);
    let c = collection(c);
    let opts = RunOptions {
        globals: Some(env(&[("a", json!("global")), ("d", json!("global"))])),
        environment: Some(env(&[("b", json!("env")), ("c", json!("env"))])),
        iteration_data: vec![[("c".to_string(), json!("data"))].into_iter().collect()],
        ..RunOptions::default()
    };
    let (summary, rec) = go(&c, opts);
    let reqs = rec.requests();
    assert_eq!(reqs.len(), 1);
    let args = &reqs[0].body.as_ref().expect("json body")["args"];
    // collection beats globals; environment beats collection; data beats environment.
    assert_eq!(args["a"], "collection");
    assert_eq!(args["b"], "env");
    assert_eq!(args["c"], "data");
    assert_eq!(args["d"], "collection");
    assert_eq!(args["n"], "x-deep");
    assert_eq!(args["u"], "{{unknown}}");
    assert!(!summary.has_failures());
    assert_eq!(summary.stats.requests.total, 1);
}

#[test]
fn data_iterations_reuse_last_row() {
    let server = EchoServer::start();
    let c = collection(coll(vec![request_item(
        "it",
        "GET",
        &format!("{}/get?v={{{{v}}}}", server.base_url()),
    )]));
    let rows = vec![
        [("v".to_string(), json!(1))].into_iter().collect(),
        [("v".to_string(), json!("two"))].into_iter().collect(),
    ];
    let (summary, rec) = go(
        &c,
        RunOptions {
            iteration_data: rows.clone(),
            ..RunOptions::default()
        },
    );
    let got: Vec<Value> = rec
        .requests()
        .iter()
        .map(|r| r.body.as_ref().expect("body")["args"]["v"].clone())
        .collect();
    assert_eq!(got, vec![json!("1"), json!("two")]);
    assert_eq!(summary.stats.iterations.total, 2);

    let (summary, rec) = go(
        &c,
        RunOptions {
            iteration_data: rows,
            iteration_count: Some(4),
            ..RunOptions::default()
        },
    );
    let got: Vec<Value> = rec
        .requests()
        .iter()
        .map(|r| r.body.as_ref().expect("body")["args"]["v"].clone())
        .collect();
    assert_eq!(
        got,
        vec![json!("1"), json!("two"), json!("two"), json!("two")]
    );
    assert_eq!(summary.stats.iterations.total, 4);
    assert_eq!(
        rec.names()
            .iter()
            .filter(|n| **n == "beforeIteration")
            .count(),
        4
    );
}

fn folder_collection(base: &str) -> cogman_collection::Collection {
    collection(coll(vec![
        request_item("root", "GET", &format!("{base}/get?r=root")),
        json!({"name": "F1", "item": [
            request_item("a", "GET", &format!("{base}/get?r=a")),
            {"name": "Inner", "item": [request_item("b", "GET", &format!("{base}/get?r=b"))]}
        ]}),
        json!({"name": "F2", "item": [
            {"id": "req-c", "name": "c", "request": {"method": "GET", "url": format!("{base}/get?r=c")}}
        ]}),
    ]))
}

#[test]
fn folder_selection() {
    let server = EchoServer::start();
    let c = folder_collection(&server.base_url());

    let (_, rec) = go(&c, RunOptions::default());
    assert_eq!(rec.items_run(), vec!["root", "a", "b", "c"]);

    let (_, rec) = go(
        &c,
        RunOptions {
            folders: vec!["F1".into()],
            ..RunOptions::default()
        },
    );
    assert_eq!(rec.items_run(), vec!["a", "b"]);

    // Nested folder by name, a request by id; collection order is kept.
    let (_, rec) = go(
        &c,
        RunOptions {
            folders: vec!["req-c".into(), "Inner".into()],
            ..RunOptions::default()
        },
    );
    assert_eq!(rec.items_run(), vec!["b", "c"]);

    // A folder and its own child do not run the child twice.
    let (_, rec) = go(
        &c,
        RunOptions {
            folders: vec!["F1".into(), "b".into()],
            ..RunOptions::default()
        },
    );
    assert_eq!(rec.items_run(), vec!["a", "b"]);
}

#[test]
fn unknown_folder_is_fatal() {
    let c = folder_collection("http://127.0.0.1:9");
    let mut rec = Recorder::default();
    let err = run(
        &c,
        RunOptions {
            folders: vec!["F1".into(), "Nope".into()],
            ..RunOptions::default()
        },
        &mut rec,
    )
    .expect_err("unknown folder");
    assert!(matches!(err, RunError::UnknownFolder(_)));
    assert_eq!(
        err.to_string(),
        "Unable to find a folder or request: \"Nope\""
    );
    assert!(rec.events.is_empty(), "nothing runs");
}

#[test]
fn auth_inheritance() {
    let server = EchoServer::start();
    let base = server.base_url();
    let mut c = coll(vec![
        request_item("inherits-collection", "GET", &format!("{base}/headers")),
        json!({"name": "BearerFolder", "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "{{tok}}"}]},
        "item": [
            request_item("inherits-folder", "GET", &format!("{base}/headers")),
            {"name": "own-noauth", "request": {"method": "GET", "url": format!("{base}/headers"), "auth": {"type": "noauth"}}},
            {"name": "own-apikey", "request": {"method": "GET", "url": format!("{base}/get"),
                "auth": {"type": "apikey", "apikey": [{"key": "key", "value": "k"}, {"key": "value", "value": "v1"}, {"key": "in", "value": "query"}]}}},
            {"name": "Sub", "item": [request_item("nested-inherits", "GET", &format!("{base}/headers"))]}
        ]}),
        json!({"name": "NoAuthFolder", "auth": {"type": "noauth"}, "item": [
            request_item("folder-noauth", "GET", &format!("{base}/headers"))
        ]}),
        json!({"name": "own-apikey-header", "request": {"method": "GET", "url": format!("{base}/headers"),
            "auth": {"type": "apikey", "apikey": [{"key": "key", "value": "X-Key"}, {"key": "value", "value": "hv"}]}}}),
        json!({"name": "oauth2", "request": {"method": "GET", "url": format!("{base}/headers"),
            "auth": {"type": "oauth2", "oauth2": [{"key": "accessToken", "value": "at-1"}, {"key": "addTokenTo", "value": "header"}]}}}),
        json!({"name": "ntlm", "request": {"method": "GET", "url": format!("{base}/headers"),
            "auth": {"type": "ntlm", "ntlm": [{"key": "username", "value": "x"}]}}}),
    ]);
    c["auth"] = json!({"type": "basic", "basic": [
        {"key": "username", "value": "postman"}, {"key": "password", "value": "password"}
    ]});
    c["variable"] = json!([{"key": "tok", "value": "T0K"}]);
    let c = collection(c);
    let (summary, rec) = go(&c, RunOptions::default());
    let auth_of = |name: &str| -> Option<String> {
        let r = rec
            .requests()
            .into_iter()
            .find(|r| r.item.as_deref() == Some(name))
            .cloned()
            .expect("request ran");
        r.body.as_ref().expect("json")["headers"]["authorization"]
            .as_str()
            .map(str::to_string)
    };
    assert_eq!(
        auth_of("inherits-collection").as_deref(),
        Some("Basic cG9zdG1hbjpwYXNzd29yZA==")
    );
    assert_eq!(auth_of("inherits-folder").as_deref(), Some("Bearer T0K"));
    assert_eq!(auth_of("nested-inherits").as_deref(), Some("Bearer T0K"));
    assert_eq!(auth_of("own-noauth"), None);
    assert_eq!(auth_of("folder-noauth"), None);
    assert_eq!(auth_of("oauth2").as_deref(), Some("Bearer at-1"));
    assert_eq!(auth_of("ntlm"), None);
    let apikey = rec
        .requests()
        .into_iter()
        .find(|r| r.item.as_deref() == Some("own-apikey"))
        .cloned()
        .expect("ran");
    assert_eq!(apikey.body.expect("json")["args"]["k"], "v1");
    let header = rec
        .requests()
        .into_iter()
        .find(|r| r.item.as_deref() == Some("own-apikey-header"))
        .cloned()
        .expect("ran");
    assert_eq!(header.body.expect("json")["headers"]["x-key"], "hv");
    assert!(
        rec.consoles().iter().any(|m| m.contains("ntlm")),
        "unsupported auth is reported"
    );
    assert!(!summary.has_failures());
}

#[test]
fn request_errors_do_not_stop_the_run() {
    let server = EchoServer::start();
    let base = server.base_url();
    let port = closed_port();
    let c = collection(coll(vec![
        request_item("refused", "GET", &format!("http://127.0.0.1:{port}/x")),
        request_item("dns", "GET", "http://cogman-test.invalid/x"),
        request_item("slow", "GET", &format!("{base}/delay/5000")),
        request_item("bad-url", "GET", "http://"),
        request_item("ok", "GET", &format!("{base}/status/404")),
    ]));
    let (summary, rec) = go(
        &c,
        RunOptions {
            timeout_request: Some(Duration::from_millis(300)),
            ..RunOptions::default()
        },
    );
    assert_eq!(rec.items_run().len(), 5, "every item ran");
    let reqs = rec.requests();
    assert_eq!(
        reqs[0].error.as_deref(),
        Some(format!("connect ECONNREFUSED 127.0.0.1:{port}").as_str())
    );
    assert_eq!(
        reqs[1].error.as_deref(),
        Some("getaddrinfo ENOTFOUND cogman-test.invalid")
    );
    assert!(
        reqs[2]
            .error
            .as_deref()
            .is_some_and(|e| e.contains("TIMEDOUT"))
    );
    assert!(reqs[3].error.is_some());
    assert_eq!(reqs[4].code, Some(404));
    assert_eq!(summary.stats.requests.total, 5);
    assert_eq!(summary.stats.requests.failed, 4);
    assert_eq!(summary.failures.len(), 4);
    assert!(summary.failures.iter().all(|f| f.at == "request"));
    assert_eq!(summary.failures[0].source.name, "refused");
    assert!(summary.has_failures());
    // Tests still run for failed requests (with no response).
    assert_eq!(summary.stats.tests.total, 5);
}

#[test]
fn client_error_status_is_not_a_failure() {
    let server = EchoServer::start();
    let c = collection(coll(vec![request_item(
        "500",
        "GET",
        &format!("{}/status/500", server.base_url()),
    )]));
    let (summary, rec) = go(&c, RunOptions::default());
    assert_eq!(rec.requests()[0].code, Some(500));
    assert!(!summary.has_failures());
}

#[test]
fn protocol_profile_behavior_merges_down_the_tree() {
    let server = EchoServer::start();
    let base = server.base_url();
    let c = collection(coll(vec![
        request_item("follows", "GET", &format!("{base}/redirect/1")),
        json!({"name": "NoFollow", "protocolProfileBehavior": {"followRedirects": false}, "item": [
            request_item("stays", "GET", &format!("{base}/redirect/1")),
            {"name": "overrides", "protocolProfileBehavior": {"followRedirects": true},
             "request": {"method": "GET", "url": format!("{base}/redirect/1")}}
        ]}),
        json!({"name": "get-body-pruned", "request": {"method": "GET", "url": format!("{base}/get"),
            "body": {"mode": "raw", "raw": "hello"}}}),
        json!({"name": "get-body-kept", "protocolProfileBehavior": {"disableBodyPruning": true},
            "request": {"method": "GET", "url": format!("{base}/get"), "body": {"mode": "raw", "raw": "hello"}}}),
    ]));
    let (_, rec) = go(&c, RunOptions::default());
    let by = |n: &str| {
        rec.requests()
            .into_iter()
            .find(|r| r.item.as_deref() == Some(n))
            .cloned()
            .expect("ran")
    };
    assert_eq!(by("follows").code, Some(200));
    assert_eq!(by("stays").code, Some(302));
    assert_eq!(by("overrides").code, Some(200));
    assert_eq!(by("get-body-pruned").body.expect("json")["data"], "");
    assert_eq!(by("get-body-kept").body.expect("json")["data"], "hello");

    // --ignore-redirects is the default that protocolProfileBehavior overrides.
    let (_, rec) = go(
        &c,
        RunOptions {
            ignore_redirects: true,
            ..RunOptions::default()
        },
    );
    let follows = rec
        .requests()
        .into_iter()
        .find(|r| r.item.as_deref() == Some("follows"))
        .cloned()
        .expect("ran");
    assert_eq!(follows.code, Some(302));
}

#[test]
fn bodies_and_path_variables() {
    let server = EchoServer::start();
    let base = server.base_url();
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("upload.txt"), "file-content").expect("write");
    std::fs::write(dir.path().join("body.json"), "{\"from\":\"file\"}").expect("write");
    let c = collection(coll(vec![
        json!({"name": "raw-json", "request": {"method": "POST", "url": format!("{base}/post"),
            "body": {"mode": "raw", "raw": "{\"x\": \"{{v}}\"}", "options": {"raw": {"language": "json"}}}}}),
        json!({"name": "urlencoded", "request": {"method": "POST", "url": format!("{base}/post"),
            "body": {"mode": "urlencoded", "urlencoded": [
                {"key": "a", "value": "{{v}}"}, {"key": "off", "value": "x", "disabled": true}]}}}),
        json!({"name": "formdata", "request": {"method": "POST", "url": format!("{base}/post"),
            "body": {"mode": "formdata", "formdata": [
                {"key": "t", "value": "text-{{v}}", "type": "text"},
                {"key": "f", "src": "upload.txt", "type": "file"}]}}}),
        json!({"name": "file", "request": {"method": "POST", "url": format!("{base}/post"),
            "header": [{"key": "Content-Type", "value": "application/json"}],
            "body": {"mode": "file", "file": {"src": "body.json"}}}}),
        json!({"name": "graphql", "request": {"method": "POST", "url": format!("{base}/post"),
            "body": {"mode": "graphql", "graphql": {"query": "{ me }", "variables": "{\"id\": 1}"}}}}),
        json!({"name": "path-var", "request": {"method": "GET",
            "url": {"raw": format!("{base}/anything/:id"), "protocol": "http",
                    "host": ["127", "0", "0", "1"], "port": server.addr().port().to_string(),
                    "path": ["anything", ":id"], "variable": [{"key": "id", "value": "{{v}}"}]},
            "header": [{"key": "X-On", "value": "{{v}}"}, {"key": "X-Off", "value": "no", "disabled": true}]}}),
    ]));
    let (summary, rec) = go(
        &c,
        RunOptions {
            environment: Some(env(&[("v", json!("val"))])),
            working_dir: Some(dir.path().to_path_buf()),
            ..RunOptions::default()
        },
    );
    assert!(!summary.has_failures(), "{:?}", summary.failures);
    let by = |n: &str| {
        rec.requests()
            .into_iter()
            .find(|r| r.item.as_deref() == Some(n))
            .cloned()
            .expect("ran")
            .body
            .expect("json")
    };
    let raw = by("raw-json");
    assert_eq!(raw["json"]["x"], "val");
    assert_eq!(raw["headers"]["content-type"], "application/json");
    assert_eq!(by("urlencoded")["form"], json!({"a": "val"}));
    let fd = by("formdata");
    assert_eq!(fd["form"]["t"], "text-val");
    assert!(fd["files"].get("upload.txt").is_some(), "{fd}");
    assert_eq!(by("file")["json"]["from"], "file");
    assert_eq!(
        by("graphql")["json"],
        json!({"query": "{ me }", "variables": {"id": 1}})
    );
    let pv = by("path-var");
    assert!(
        pv["url"].as_str().expect("url").ends_with("/anything/val"),
        "{pv}"
    );
    assert_eq!(pv["headers"]["x-on"], "val");
    assert!(pv["headers"].get("x-off").is_none());
}

#[test]
fn event_order_and_stats_without_scripts() {
    let server = EchoServer::start();
    let base = server.base_url();
    let c = collection(coll(vec![
        request_item("one", "GET", &format!("{base}/get")),
        request_item("two", "GET", &format!("{base}/get")),
    ]));
    let (summary, rec) = go(
        &c,
        RunOptions {
            iteration_count: Some(2),
            ..RunOptions::default()
        },
    );
    let per_item = [
        "beforeItem",
        "beforePrerequest",
        "prerequest",
        "beforeRequest",
        "request",
        "beforeTest",
        "test",
        "item",
    ];
    let mut expected = vec!["start"];
    for _ in 0..2 {
        expected.push("beforeIteration");
        for _ in 0..2 {
            expected.extend(per_item);
        }
        expected.push("iteration");
    }
    expected.push("done");
    assert_eq!(rec.names(), expected);
    let s = summary.stats;
    assert_eq!(s.iterations.total, 2);
    assert_eq!(s.items.total, 4);
    assert_eq!(s.requests.total, 4);
    assert_eq!(s.prerequests.total, 4);
    assert_eq!(s.tests.total, 4);
    assert_eq!(s.scripts.total, 0);
    assert_eq!(s.assertions.total, 0);
    assert_eq!(s.items.pending, 0);
    assert!(summary.timings.response_average > 0.0);
    assert!(summary.timings.completed >= summary.timings.started);
    assert!(summary.transfers.response_total > 0);
}

#[test]
fn secret_variables_are_registered_for_redaction() {
    let c = collection(coll(vec![]));
    let mut scope = VariableScope::new();
    scope.set_with_kind("plain", json!("not-hidden-value"), None);
    scope.set_with_kind("x", json!("very-secret-value"), Some("secret"));
    scope.set_with_kind("apiToken", json!("token-by-name-123"), None);
    let redactor = cogman_redact::Redactor::new();
    let opts = RunOptions {
        environment: Some(Environment {
            scope,
            ..Environment::default()
        }),
        redactor: redactor.clone(),
        ..RunOptions::default()
    };
    let (summary, rec) = go(&c, opts);
    assert_eq!(rec.names(), vec!["start", "done"]);
    assert_eq!(summary.stats.iterations.total, 0);
    let text = redactor.redact("a very-secret-value b token-by-name-123 c not-hidden-value");
    assert!(!text.contains("very-secret-value"));
    assert!(!text.contains("token-by-name-123"));
    assert!(text.contains("not-hidden-value"));
}

#[test]
fn missing_files_warn_and_json_comments_are_stripped() {
    let server = EchoServer::start();
    let base = server.base_url();
    let dir = tempfile::tempdir().expect("tempdir");
    let c = collection(coll(vec![
        json!({"name": "missing-part", "request": {"method": "POST", "url": format!("{base}/post"),
            "body": {"mode": "formdata", "formdata": [
                {"key": "t", "value": "v", "type": "text"},
                {"key": "f", "src": "nope.txt", "type": "file"}]}}}),
        json!({"name": "missing-file", "request": {"method": "POST", "url": format!("{base}/post"),
            "body": {"mode": "file", "file": {"src": "nope.bin"}}}}),
        json!({"name": "commented", "request": {"method": "POST", "url": format!("{base}/post"),
            "body": {"mode": "raw", "raw": "{\n // why\n \"a\": \"http://x\" /* c */\n}",
                     "options": {"raw": {"language": "json"}}}}}),
    ]));
    let (summary, rec) = go(
        &c,
        RunOptions {
            working_dir: Some(dir.path().to_path_buf()),
            ..RunOptions::default()
        },
    );
    assert!(!summary.has_failures(), "{:?}", summary.failures);
    assert_eq!(rec.requests().len(), 3, "requests are still sent");
    let consoles = rec.consoles();
    assert!(
        consoles.iter().any(|m| m.starts_with(
            "Form param `f`, file load error: ENOENT: no such file or directory, open '"
        )),
        "{consoles:?}"
    );
    assert!(
        consoles
            .iter()
            .any(|m| m.starts_with("Binary file load error: ENOENT")),
        "{consoles:?}"
    );
    let body = |n: &str| {
        rec.requests()
            .into_iter()
            .find(|r| r.item.as_deref() == Some(n))
            .cloned()
            .expect("ran")
            .body
            .expect("json")
    };
    assert_eq!(body("missing-part")["form"], json!({"t": "v"}));
    assert_eq!(body("commented")["json"], json!({"a": "http://x"}));
}

#[test]
fn jwt_and_awsv4_auth() {
    use base64::Engine as _;
    let server = EchoServer::start();
    let base = server.base_url();
    let c = collection(coll(vec![
        json!({"name": "jwt-header", "request": {"method": "GET", "url": format!("{base}/headers"),
            "auth": {"type": "jwt", "jwt": [
                {"key": "algorithm", "value": "HS256"},
                {"key": "secret", "value": "{{jwtSecret}}"},
                {"key": "payload", "value": "{\"sub\": \"{{user}}\"}"},
                {"key": "header", "value": "{\"typ\": \"JWT\"}"},
                {"key": "addTokenTo", "value": "header"}]}}}),
        json!({"name": "jwt-query", "request": {"method": "GET", "url": format!("{base}/get"),
            "auth": {"type": "jwt", "jwt": [
                {"key": "algorithm", "value": "HS512"},
                {"key": "secret", "value": "c2VjcmV0"},
                {"key": "isSecretBase64Encoded", "value": true},
                {"key": "addTokenTo", "value": "queryParam"},
                {"key": "queryParamKey", "value": "jwt"}]}}}),
        json!({"name": "jwt-bad", "request": {"method": "GET", "url": format!("{base}/headers"),
            "auth": {"type": "jwt", "jwt": [{"key": "algorithm", "value": "XX1"}]}}}),
        json!({"name": "awsv4", "request": {"method": "GET", "url": format!("{base}/headers"),
            "auth": {"type": "awsv4", "awsv4": [
                {"key": "accessKey", "value": "AKIDEXAMPLE"},
                {"key": "secretKey", "value": "wJalrXUtnFEMI"},
                {"key": "region", "value": "eu-west-1"},
                {"key": "service", "value": "execute-api"}]}}}),
    ]));
    let (summary, rec) = go(
        &c,
        RunOptions {
            environment: Some(env(&[
                ("jwtSecret", json!("s3cret")),
                ("user", json!("alice")),
            ])),
            ..RunOptions::default()
        },
    );
    assert!(!summary.has_failures(), "{:?}", summary.failures);
    let body = |n: &str| {
        rec.requests()
            .into_iter()
            .find(|r| r.item.as_deref() == Some(n))
            .cloned()
            .expect("ran")
            .body
            .expect("json")
    };
    let verify = |token: &str, secret: &[u8], alg: jsonwebtoken::Algorithm| -> (Value, Value) {
        let parts: Vec<&str> = token.split('.').collect();
        assert_eq!(parts.len(), 3, "{token}");
        let message = format!("{}.{}", parts[0], parts[1]);
        let key = jsonwebtoken::DecodingKey::from_secret(secret);
        assert!(
            jsonwebtoken::crypto::verify(parts[2], message.as_bytes(), &key, alg).expect("verify")
        );
        let b64 = base64::engine::general_purpose::URL_SAFE_NO_PAD;
        let decode = |p: &str| -> Value {
            serde_json::from_slice(&b64.decode(p).expect("base64url")).expect("json")
        };
        (decode(parts[0]), decode(parts[1]))
    };
    let auth = body("jwt-header")["headers"]["authorization"]
        .as_str()
        .expect("authorization")
        .to_string();
    let token = auth.strip_prefix("Bearer ").expect("Bearer prefix");
    let (header, payload) = verify(token, b"s3cret", jsonwebtoken::Algorithm::HS256);
    assert_eq!(header, json!({"typ": "JWT", "alg": "HS256"}));
    assert_eq!(payload, json!({"sub": "alice"}));

    let q = body("jwt-query")["args"]["jwt"]
        .as_str()
        .expect("query token")
        .to_string();
    let (header, payload) = verify(&q, b"secret", jsonwebtoken::Algorithm::HS512);
    assert_eq!(header, json!({"alg": "HS512"}));
    assert_eq!(payload, json!({}));

    assert!(body("jwt-bad")["headers"].get("authorization").is_none());
    assert!(
        rec.consoles()
            .iter()
            .any(|m| m == "runtime~jwt.auth: could not sign the request: invalid algorithm"),
        "{:?}",
        rec.consoles()
    );
    let aws = body("awsv4")["headers"]["authorization"]
        .as_str()
        .expect("signed")
        .to_string();
    assert!(
        aws.starts_with("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/"),
        "{aws}"
    );
    assert!(aws.contains("/eu-west-1/execute-api/aws4_request"), "{aws}");
}

#[test]
fn cookies_are_kept_across_requests() {
    let server = EchoServer::start();
    let base = server.base_url();
    let c = collection(coll(vec![
        json!({"name": "set", "protocolProfileBehavior": {"followRedirects": false},
            "request": {"method": "GET", "url": format!("{base}/cookies/set?flavour=choc")}}),
        request_item("read", "GET", &format!("{base}/cookies")),
        json!({"name": "no-cookies", "protocolProfileBehavior": {"disableCookies": true},
            "request": {"method": "GET", "url": format!("{base}/cookies")}}),
    ]));
    let (summary, rec) = go(&c, RunOptions::default());
    let reqs = rec.requests();
    assert_eq!(reqs[0].code, Some(302));
    assert_eq!(
        reqs[0].cookies,
        vec![("flavour".to_string(), "choc".to_string())]
    );
    assert_eq!(
        reqs[1].body.as_ref().expect("json")["cookies"],
        json!({"flavour": "choc"})
    );
    assert_eq!(reqs[2].body.as_ref().expect("json")["cookies"], json!({}));
    assert!(
        summary.cookies.to_string().contains("choc"),
        "{}",
        summary.cookies
    );
}

#[test]
fn auth_credentials_are_registered_for_redaction() {
    let server = EchoServer::start();
    let c = collection(coll(vec![
        json!({"name": "basic", "request": {"method": "GET",
        "url": format!("{}/headers", server.base_url()),
        "auth": {"type": "basic", "basic": [
            {"key": "username", "value": "user"},
            {"key": "password", "value": "{{pw}}"}]}}}),
    ]));
    let redactor = cogman_redact::Redactor::new();
    let (summary, _) = go(
        &c,
        RunOptions {
            environment: Some(env(&[("pw", json!("hunter2-very-long"))])),
            redactor: redactor.clone(),
            ..RunOptions::default()
        },
    );
    assert!(!summary.has_failures());
    assert!(!redactor.redact("x hunter2-very-long y").contains("hunter2"));
}

#[test]
fn oauth1_header_query_and_body_placement() {
    let server = EchoServer::start();
    let base = server.base_url();
    let auth = |to_header: bool| {
        json!({"type": "oauth1", "oauth1": [
            {"key": "consumerKey", "value": "ck"}, {"key": "consumerSecret", "value": "{{cs}}"},
            {"key": "token", "value": "tk"}, {"key": "tokenSecret", "value": "ts"},
            {"key": "signatureMethod", "value": "HMAC-SHA1"}, {"key": "version", "value": "1.0"},
            {"key": "addParamsToHeader", "value": to_header}]})
    };
    let c = collection(coll(vec![
        json!({"name": "header", "request": {"method": "GET", "url": format!("{base}/get?a=1"), "auth": auth(true)}}),
        json!({"name": "query", "request": {"method": "GET", "url": format!("{base}/get?z=9"), "auth": auth(false)}}),
        json!({"name": "body", "request": {"method": "POST", "url": format!("{base}/post"), "auth": auth(false),
            "body": {"mode": "urlencoded", "urlencoded": [{"key": "f", "value": "v"}]}}}),
    ]));
    let (summary, rec) = go(
        &c,
        RunOptions {
            environment: Some(env(&[("cs", json!("consumer-secret-1"))])),
            ..RunOptions::default()
        },
    );
    assert!(!summary.has_failures(), "{:?}", summary.failures);
    let body = |n: &str| {
        rec.requests()
            .into_iter()
            .find(|r| r.item.as_deref() == Some(n))
            .cloned()
            .expect("ran")
            .body
            .expect("json")
    };
    let h = body("header");
    let header = h["headers"]["authorization"].as_str().expect("header");
    assert!(
        header.starts_with("OAuth oauth_consumer_key=\"ck\",oauth_token=\"tk\",oauth_signature_method=\"HMAC-SHA1\",oauth_timestamp=\""),
        "{header}"
    );
    assert!(header.contains(",oauth_signature=\""), "{header}");
    assert_eq!(h["args"], json!({"a": "1"}));
    let q = body("query");
    assert_eq!(q["args"]["z"], "9");
    assert!(
        q["args"]["oauth_signature"]
            .as_str()
            .is_some_and(|s| s.ends_with('='))
    );
    let b = body("body");
    assert_eq!(b["form"]["f"], "v");
    assert_eq!(b["form"]["oauth_consumer_key"], "ck");
    assert!(b["form"]["oauth_signature"].is_string());
}

#[test]
fn hawk_header() {
    let server = EchoServer::start();
    let c = collection(coll(vec![
        json!({"name": "hawk", "request": {"method": "GET",
        "url": format!("{}/headers", server.base_url()),
        "auth": {"type": "hawk", "hawk": [
            {"key": "authId", "value": "id1"}, {"key": "authKey", "value": "{{hawkKey}}"},
            {"key": "algorithm", "value": "sha256"}, {"key": "extraData", "value": "x"}]}}}),
    ]));
    let (summary, rec) = go(
        &c,
        RunOptions {
            environment: Some(env(&[("hawkKey", json!("hawk-key-value"))])),
            ..RunOptions::default()
        },
    );
    assert!(!summary.has_failures(), "{:?}", summary.failures);
    let b = rec.requests()[0].body.clone().expect("json");
    let h = b["headers"]["authorization"].as_str().expect("header");
    assert!(h.starts_with("Hawk id=\"id1\", ts=\""), "{h}");
    assert!(h.contains("\", ext=\"x\", mac=\""), "{h}");
}

#[test]
fn asap_auth_signs_a_jwt() {
    use aws_lc_rs::rand::SystemRandom;
    use aws_lc_rs::signature::{
        ECDSA_P256_SHA256_FIXED, ECDSA_P256_SHA256_FIXED_SIGNING, EcdsaKeyPair, KeyPair,
        UnparsedPublicKey,
    };
    use base64::Engine as _;
    let rng = SystemRandom::new();
    let pkcs8 = EcdsaKeyPair::generate_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, &rng).expect("key");
    let pair = EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, pkcs8.as_ref())
        .expect("parse key");
    let std64 = base64::engine::general_purpose::STANDARD;
    // One line, as Postman stores it: postman-runtime removes the line breaks anyway.
    let pem = format!(
        "-----BEGIN PRIVATE KEY-----{}-----END PRIVATE KEY-----",
        std64.encode(pkcs8.as_ref())
    );
    let server = EchoServer::start();
    let c = collection(coll(vec![
        json!({"name": "asap", "request": {"method": "GET",
        "url": format!("{}/headers", server.base_url()),
        "auth": {"type": "asap", "asap": [
            {"key": "alg", "value": "ES256"}, {"key": "kid", "value": "svc/key1"},
            {"key": "iss", "value": "svc"}, {"key": "aud", "value": "api"},
            {"key": "privateKey", "value": pem},
            {"key": "claims", "value": "{\"scope\": \"read\"}"}]}}}),
    ]));
    let (summary, rec) = go(&c, RunOptions::default());
    assert!(!summary.has_failures(), "{:?}", summary.failures);
    assert!(rec.consoles().is_empty(), "{:?}", rec.consoles());
    let b = rec.requests()[0].body.clone().expect("json");
    let token = b["headers"]["authorization"]
        .as_str()
        .and_then(|h| h.strip_prefix("Bearer "))
        .expect("bearer token")
        .to_string();
    let parts: Vec<&str> = token.split('.').collect();
    let b64 = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    let decode =
        |p: &str| -> Value { serde_json::from_slice(&b64.decode(p).expect("b64")).expect("json") };
    assert_eq!(decode(parts[0]), json!({"alg": "ES256", "kid": "svc/key1"}));
    let claims = decode(parts[1]);
    assert_eq!(claims["scope"], "read");
    assert_eq!(claims["iss"], "svc");
    assert_eq!(claims["sub"], "svc");
    assert_eq!(claims["aud"], "api");
    assert_eq!(
        claims["exp"].as_i64().expect("exp") - claims["iat"].as_i64().expect("iat"),
        3600
    );
    let public = UnparsedPublicKey::new(&ECDSA_P256_SHA256_FIXED, pair.public_key().as_ref());
    let message = format!("{}.{}", parts[0], parts[1]);
    public
        .verify(
            message.as_bytes(),
            &b64.decode(parts[2]).expect("signature"),
        )
        .expect("signature verifies");
}
