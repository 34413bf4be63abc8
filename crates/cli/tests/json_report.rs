//! The json reporter: Newman's summary shape.

mod util;

use cogman_testkit::EchoServer;
use serde_json::json;
use util::{TestDir, collection, get};

#[test]
fn json_report_has_newmans_shape() {
    let server = EchoServer::start();
    let t = TestDir::new();
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        l.local_addr().expect("addr").port()
    };
    let items = json!([
        get("ok", &format!("{}/get?x=1", server.base_url())),
        get("refused", &format!("http://127.0.0.1:{port}/"))
    ]);
    t.write("c.json", &collection("Shape", items));
    t.cogman(&[
        "run",
        "c.json",
        "-r",
        "json",
        "--reporter-json-export",
        "report.json",
    ])
    .code(1)
    .stdout_empty();
    let doc = t.read_json("report.json");
    for key in ["collection", "environment", "globals", "run"] {
        assert!(doc.get(key).is_some(), "missing {key}: {doc:#}");
    }
    let run = &doc["run"];
    for key in [
        "stats",
        "timings",
        "executions",
        "transfers",
        "failures",
        "error",
    ] {
        assert!(run.get(key).is_some(), "missing run.{key}");
    }
    for stat in [
        "iterations",
        "items",
        "scripts",
        "prerequests",
        "requests",
        "tests",
        "assertions",
        "testScripts",
        "prerequestScripts",
    ] {
        for field in ["total", "pending", "failed"] {
            assert!(
                run["stats"][stat][field].is_u64(),
                "run.stats.{stat}.{field}: {:#}",
                run["stats"]
            );
        }
    }
    assert_eq!(run["stats"]["requests"]["total"], 2);
    assert_eq!(run["stats"]["requests"]["failed"], 1);
    for t in [
        "responseAverage",
        "responseMin",
        "responseMax",
        "responseSd",
        "started",
        "completed",
    ] {
        assert!(run["timings"][t].is_number(), "run.timings.{t}");
    }
    let executions = run["executions"].as_array().expect("executions");
    assert_eq!(executions.len(), 2);
    let ok = &executions[0];
    assert_eq!(ok["item"]["name"], "ok");
    assert!(ok["item"]["id"].is_string());
    assert!(ok["cursor"]["ref"].is_string());
    assert_eq!(ok["request"]["method"], "GET");
    let response = &ok["response"];
    assert_eq!(response["code"], 200);
    assert_eq!(response["status"], "OK");
    assert!(response["header"].is_array());
    assert!(response["responseTime"].is_number());
    assert!(response["responseSize"].is_number());
    assert_eq!(response["stream"]["type"], "Buffer");
    let body: Vec<u8> = response["stream"]["data"]
        .as_array()
        .expect("stream.data")
        .iter()
        .filter_map(|b| b.as_u64().and_then(|b| u8::try_from(b).ok()))
        .collect();
    let body: serde_json::Value = serde_json::from_slice(&body).expect("the body is the echo");
    assert_eq!(body["args"]["x"], "1");
    assert!(ok.get("requestError").is_none());
    let refused = &executions[1];
    assert!(refused.get("requestError").is_some(), "{refused:#}");
    assert!(refused.get("response").is_none());
    let failures = run["failures"].as_array().expect("failures");
    assert_eq!(failures.len(), 1);
    assert_eq!(failures[0]["at"], "request");
    assert_eq!(failures[0]["source"]["name"], "refused");
    assert!(run["transfers"]["responseTotal"].is_u64());
}

#[test]
fn json_report_default_path_is_under_newman() {
    let t = TestDir::new();
    t.write("c.json", &collection("c", json!([])));
    t.cogman(&["run", "c.json", "-r", "cli,json"]).code(0);
    let dir = t.path().join("newman");
    let names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 1, "{names:?}");
    assert!(
        names[0].starts_with("newman-run-report-") && names[0].ends_with("-0.json"),
        "{names:?}"
    );
}

#[test]
fn json_report_is_redacted() {
    let server = EchoServer::start();
    let t = TestDir::new();
    t.write(
        "c.json",
        &collection(
            "c",
            json!([get("leaky", "{{baseUrl}}/get?password={{password}}")]),
        ),
    );
    let base = format!("baseUrl={}", server.base_url());
    t.cogman(&[
        "run",
        "c.json",
        "--env-var",
        &base,
        "--env-var",
        "password=hunter2-hunter2",
        "-r",
        "json",
        "--reporter-json-export",
        "r.json",
    ])
    .code(0);
    let text = t.read("r.json");
    assert!(!text.contains("hunter2-hunter2"), "{text}");
    // The echo of the secret inside the response body (written as bytes) is masked too.
    let doc: serde_json::Value = serde_json::from_str(&text).expect("json");
    let body: Vec<u8> = doc["run"]["executions"][0]["response"]["stream"]["data"]
        .as_array()
        .expect("stream.data")
        .iter()
        .filter_map(|b| b.as_u64().and_then(|b| u8::try_from(b).ok()))
        .collect();
    let body = String::from_utf8_lossy(&body);
    assert!(body.contains("password="), "{body}");
    assert!(!body.contains("hunter2-hunter2"), "{body}");
}

#[test]
fn unwritable_json_export_is_one_error_line() {
    let t = TestDir::new();
    t.write("c.json", &collection("c", json!([])));
    t.write("blocker", "a file where a directory should be");
    t.cogman(&[
        "run",
        "c.json",
        "-r",
        "json",
        "--reporter-json-export",
        "blocker/r.json",
    ])
    .code(1)
    .one_error_line()
    .stderr_has("blocker/r.json");
}
