//! `--export-environment`, `--export-globals`, `--export-collection`, `--export-cookie-jar`.

mod util;

use cogman_testkit::EchoServer;
use serde_json::json;
use util::{TestDir, collection, get};

fn values(doc: &serde_json::Value) -> Vec<(String, serde_json::Value)> {
    doc["values"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|v| {
                    (
                        v["key"].as_str().unwrap_or_default().to_string(),
                        v["value"].clone(),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn exports_are_written_in_newman_format() {
    let server = EchoServer::start();
    let t = TestDir::new();
    let mut c: serde_json::Value = serde_json::from_str(&collection(
        "c",
        json!([get("cookie", "{{baseUrl}}/cookies/set?flavour=oat")]),
    ))
    .expect("json");
    c["variable"] = json!([{"key": "cv", "value": "1"}]);
    t.write("c.json", &c.to_string());
    t.write(
        "env.json",
        r#"{"id": "env-1", "name": "Staging", "values": [{"key": "keep", "value": "me", "enabled": true}]}"#,
    );
    let base = format!("baseUrl={}", server.base_url());
    t.cogman(&[
        "run",
        "c.json",
        "-e",
        "env.json",
        "--env-var",
        &base,
        "--global-var",
        "g=1",
        "--export-environment",
        "out/env.json",
        "--export-globals",
        "out/globals.json",
        "--export-collection",
        "out/collection.json",
        "--export-cookie-jar",
        "out/jar.json",
    ])
    .code(0);

    let env = t.read_json("out/env.json");
    assert_eq!(env["id"], "env-1");
    assert_eq!(env["name"], "Staging");
    assert_eq!(env["_postman_variable_scope"], "environment");
    assert!(env["_postman_exported_at"].is_string());
    eqnice!(
        vec![
            ("keep".to_string(), json!("me")),
            ("baseUrl".to_string(), json!(server.base_url()))
        ],
        values(&env)
    );

    let globals = t.read_json("out/globals.json");
    assert_eq!(globals["_postman_variable_scope"], "globals");
    eqnice!(vec![("g".to_string(), json!("1"))], values(&globals));

    let exported = t.read_json("out/collection.json");
    assert_eq!(exported["info"]["name"], "c");
    assert_eq!(exported["variable"][0]["key"], "cv");

    let jar = t.read_json("out/jar.json");
    assert!(jar["cookies"].is_array(), "{jar}");
}

#[test]
fn export_into_unwritable_path_is_an_error() {
    let t = TestDir::new();
    t.write("c.json", &collection("c", json!([])));
    t.write("file", "not a directory");
    t.cogman(&["run", "c.json", "--export-environment", "file/env.json"])
        .code(1)
        .stderr_has("file/env.json");
}

#[test]
fn cookie_jar_round_trip() {
    let server = EchoServer::start();
    let t = TestDir::new();
    let base = server.base_url();
    // First run: the server sets a cookie; the jar is exported.
    t.write(
        "set.json",
        &collection(
            "set",
            json!([get("set", &format!("{base}/cookies/set?flavour=oat"))]),
        ),
    );
    t.cogman(&["run", "set.json", "--export-cookie-jar", "jar.json"])
        .code(0);
    let jar = t.read_json("jar.json");
    assert_eq!(jar["cookies"][0]["key"], "flavour", "{jar:#}");
    assert_eq!(jar["cookies"][0]["value"], "oat", "{jar:#}");
    // Second run starts from that jar and sends the cookie back.
    let check = json!({
        "name": "check",
        "event": [{"listen": "test", "script": {"exec": [
            "pm.test('cookie from the jar file', function () {",
            "  pm.expect(pm.response.json().cookies.flavour).to.equal('oat');",
            "});"
        ]}}],
        "request": {"method": "GET", "url": format!("{base}/cookies")}
    });
    t.write("check.json", &collection("check", json!([check])));
    t.cogman(&["run", "check.json", "--cookie-jar", "jar.json"])
        .code(0)
        .stdout_has("✓  cookie from the jar file");
    t.cogman(&["run", "check.json"])
        .code(1)
        .stdout_has("1. cookie from the jar file");
}

#[test]
fn json_export_into_a_directory_uses_the_default_name() {
    let t = TestDir::new();
    t.write("c.json", &collection("c", json!([])));
    std::fs::create_dir_all(t.path().join("reports")).expect("mkdir");
    t.cogman(&[
        "run",
        "c.json",
        "-r",
        "json",
        "--reporter-json-export",
        "reports",
    ])
    .code(0);
    let names: Vec<String> = std::fs::read_dir(t.path().join("reports"))
        .expect("read dir")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 1, "{names:?}");
    assert!(names[0].starts_with("newman-run-report-"), "{names:?}");
}
