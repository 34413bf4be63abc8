//! Bad input: every file and network problem ends with a clear message and Newman's exit code.

mod util;

use cogman_testkit::EchoServer;
use util::{TestDir, collection, get};

#[test]
fn missing_collection_file() {
    let t = TestDir::new();
    t.cogman(&["run", "nope.json"])
        .code(1)
        .one_error_line()
        .stderr_has("nope.json")
        .stdout_empty();
}

#[test]
fn malformed_collection_shows_line_and_column() {
    let t = TestDir::new();
    t.write(
        "bad.json",
        "{\n  \"info\": {\"name\": \"x\"},\n  \"item\": [,]\n}\n",
    );
    t.cogman(&["run", "bad.json"])
        .code(1)
        .one_error_line()
        .stderr_has("bad.json:3:");
}

#[test]
fn v1_collection_is_refused_with_a_hint() {
    let t = TestDir::new();
    t.write(
        "v1.json",
        r#"{"id": "1", "name": "old", "order": [], "requests": []}"#,
    );
    t.cogman(&["run", "v1.json"])
        .code(1)
        .one_error_line()
        .stderr_has("v1");
}

#[test]
fn v3_collection_is_refused() {
    let t = TestDir::new();
    t.write(
        "v3.json",
        r#"{"info": {"name": "new", "schema": "https://schema.getpostman.com/json/collection/v3.0.0/collection.json"}, "item": []}"#,
    );
    t.cogman(&["run", "v3.json"])
        .code(1)
        .one_error_line()
        .stderr_has("v3");
}

#[test]
fn malformed_environment_globals_and_data() {
    let t = TestDir::new();
    t.write("c.json", &collection("c", serde_json::json!([])));
    t.write("env.json", "{\"values\": [\n  {\"key\": 1,}\n]}");
    t.cogman(&["run", "c.json", "-e", "env.json"])
        .code(1)
        .one_error_line()
        .stderr_has("env.json:2:");
    t.cogman(&["run", "c.json", "-g", "missing-globals.json"])
        .code(1)
        .one_error_line()
        .stderr_has("missing-globals.json");
    t.write("data.json", "[{\"a\": 1}, oops]");
    t.cogman(&["run", "c.json", "-d", "data.json"])
        .code(1)
        .one_error_line()
        .stderr_has("data.json:1:");
    t.write("jar.json", "{");
    t.cogman(&["run", "c.json", "--cookie-jar", "jar.json"])
        .code(1)
        .one_error_line()
        .stderr_has("jar.json:1:");
}

#[test]
fn fatal_errors_exit_0_under_suppress_exit_code() {
    // Newman's -x applies to every outcome of `run`, fatal ones included.
    let t = TestDir::new();
    t.cogman(&["run", "nope.json", "-x"])
        .code(0)
        .one_error_line();
}

#[test]
fn unknown_folder() {
    let server = EchoServer::start();
    let t = TestDir::new();
    let url = format!("{}/get", server.base_url());
    t.write(
        "c.json",
        &collection("c", serde_json::json!([get("one", &url)])),
    );
    t.cogman(&["run", "c.json", "--folder", "Nope"])
        .code(1)
        .stderr_has("Nope");
}

#[test]
fn invalid_url_is_a_request_error() {
    let t = TestDir::new();
    t.write(
        "c.json",
        &collection(
            "c",
            serde_json::json!([get("bad url", "http://exa mple.com:99999/x")]),
        ),
    );
    t.cogman(&["run", "c.json"]).code(1).stdout_has("[errored]");
}

#[test]
fn refused_connection_is_a_request_error() {
    // Bind then drop a listener so the port is (very likely) closed.
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        l.local_addr().expect("addr").port()
    };
    let t = TestDir::new();
    let url = format!("http://127.0.0.1:{port}/x");
    t.write(
        "c.json",
        &collection("c", serde_json::json!([get("refused", &url)])),
    );
    t.cogman(&["run", "c.json"])
        .code(1)
        .stdout_has("[errored]")
        .stdout_has("ECONNREFUSED")
        .stdout_has("requests");
    t.cogman(&["run", "c.json", "-x"]).code(0);
}

#[test]
fn invalid_tld_dns_failure() {
    let t = TestDir::new();
    t.write(
        "c.json",
        &collection(
            "c",
            serde_json::json!([get("dns", "http://cogman-test.invalid/x")]),
        ),
    );
    t.cogman(&["run", "c.json"])
        .code(1)
        .stdout_has("[errored]")
        .stdout_has("ENOTFOUND");
}

#[test]
fn request_timeout() {
    let server = EchoServer::start();
    let t = TestDir::new();
    let url = format!("{}/delay/3000", server.base_url());
    t.write(
        "c.json",
        &collection("c", serde_json::json!([get("slow", &url)])),
    );
    t.cogman(&["run", "c.json", "--timeout-request", "100"])
        .code(1)
        .stdout_has("[errored]")
        .stdout_has("TIMEDOUT");
}

#[test]
fn binary_body_is_reported_by_size() {
    let server = EchoServer::start();
    let t = TestDir::new();
    let url = format!("{}/bytes/2048", server.base_url());
    t.write(
        "c.json",
        &collection("c", serde_json::json!([get("bytes", &url)])),
    );
    t.cogman(&["run", "c.json"]).code(0).stdout_has("[200 OK, ");
    t.cogman(&["run", "c.json", "--verbose"]).code(0);
}

#[test]
fn status_4xx_5xx_alone_is_not_a_failure() {
    let server = EchoServer::start();
    let t = TestDir::new();
    let base = server.base_url();
    t.write(
        "c.json",
        &collection(
            "c",
            serde_json::json!([
                get("404", &format!("{base}/status/404")),
                get("500", &format!("{base}/status/500"))
            ]),
        ),
    );
    t.cogman(&["run", "c.json"])
        .code(0)
        .stdout_has("404 Not Found")
        .stdout_has("500 Internal Server Error");
}

#[test]
fn tls_files_must_exist_and_be_pem() {
    let t = TestDir::new();
    t.write("c.json", &collection("c", serde_json::json!([])));
    for flag in [
        "--ssl-client-cert",
        "--ssl-client-key",
        "--ssl-extra-ca-certs",
    ] {
        t.cogman(&["run", "c.json", flag, "missing.pem"])
            .code(1)
            .one_error_line()
            .stderr_has("missing.pem");
    }
    t.write("junk.pem", "this is not a certificate\n");
    t.cogman(&["run", "c.json", "--ssl-extra-ca-certs", "junk.pem"])
        .code(1)
        .one_error_line();
    t.cogman(&[
        "run",
        "c.json",
        "--ssl-client-cert",
        "junk.pem",
        "--ssl-client-key",
        "junk.pem",
        "--ssl-client-passphrase",
        "pass-phrase-1",
    ])
    .code(1)
    .one_error_line();
}
