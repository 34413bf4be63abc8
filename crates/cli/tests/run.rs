//! `cogman run` behaviour visible in the cli report: items, folders, iterations, variables.

mod util;

use cogman_testkit::EchoServer;
use serde_json::json;
use util::{TestDir, collection, get};

fn two_folders(base: &str) -> String {
    collection(
        "Tour",
        json!([
            get("Root request", &format!("{base}/get?root=1")),
            {"name": "Alpha", "item": [
                get("A1", &format!("{base}/get?a=1")),
                {"name": "Inner", "item": [get("A2", &format!("{base}/get?a=2"))]}
            ]},
            {"name": "Beta", "item": [get("B1", &format!("{base}/status/201"))]}
        ]),
    )
}

#[test]
fn report_shows_collection_folders_items_and_requests() {
    let server = EchoServer::start();
    let base = server.base_url();
    let t = TestDir::new();
    t.write("c.json", &two_folders(&base));
    let run = t.cogman(&["run", "c.json"]);
    run.code(0)
        .stdout_has("Tour\n")
        .stdout_has("→ Root request\n")
        .stdout_has(&format!("  GET {base}/get?root=1 [200 OK, "))
        .stdout_has("❏ Alpha\n↳ A1")
        .stdout_has("❏ Alpha / Inner\n↳ A2")
        .stdout_has("❏ Beta\n↳ B1")
        .stdout_has("[201 Created, ")
        .stdout_has_squeezed("│ requests │ 4 │ 0 │")
        .stdout_has("total run duration: ")
        .stdout_has("total data received: ")
        .stdout_has("average response time: ");
}

#[test]
fn folder_selection_runs_only_that_folder() {
    let server = EchoServer::start();
    let t = TestDir::new();
    t.write("c.json", &two_folders(&server.base_url()));
    t.cogman(&["run", "c.json", "--folder", "Beta"])
        .code(0)
        .stdout_has("B1")
        .stdout_lacks("A1")
        .stdout_lacks("Root request");
    t.cogman(&["run", "c.json", "--folder", "Beta", "--folder", "Inner"])
        .code(0)
        .stdout_has("B1")
        .stdout_has("A2")
        .stdout_lacks("A1");
}

#[test]
fn iterations_print_headers() {
    let server = EchoServer::start();
    let t = TestDir::new();
    let url = format!("{}/get", server.base_url());
    t.write("c.json", &collection("c", json!([get("one", &url)])));
    let run = t.cogman(&["run", "c.json", "-n", "3"]);
    run.code(0)
        .stdout_has("Iteration 1/3")
        .stdout_has("Iteration 3/3")
        .stdout_has_squeezed("│ iterations │ 3 │ 0 │");
    t.cogman(&["run", "c.json"])
        .code(0)
        .stdout_lacks("Iteration 1/1");
}

#[test]
fn data_file_drives_iterations_and_variables() {
    let server = EchoServer::start();
    let t = TestDir::new();
    let url = format!("{}/get?who={{{{who}}}}", server.base_url());
    t.write("c.json", &collection("c", json!([get("one", &url)])));
    t.write("data.csv", "who\nann\nbob\n");
    t.cogman(&["run", "c.json", "-d", "data.csv"])
        .code(0)
        .stdout_has("Iteration 2/2")
        .stdout_has("who=ann")
        .stdout_has("who=bob");
}

#[test]
fn env_var_and_global_var_resolve_and_split_at_first_equals() {
    let server = EchoServer::start();
    let t = TestDir::new();
    t.write(
        "c.json",
        &collection(
            "c",
            json!([get("vars", "{{baseUrl}}/get?e={{e}}&g={{g}}&both={{both}}")]),
        ),
    );
    t.write(
        "env.json",
        r#"{"name": "env", "values": [{"key": "both", "value": "from-env", "enabled": true}]}"#,
    );
    let base = format!("baseUrl={}", server.base_url());
    t.cogman(&[
        "run",
        "c.json",
        "-e",
        "env.json",
        "--env-var",
        &base,
        "--env-var",
        "e=x=y",
        "--global-var",
        "g=glob",
        "--global-var",
        "both=from-globals",
    ])
    .code(0)
    .stdout_has("e=x=y&g=glob&both=from-env");
}

#[test]
fn secrets_are_redacted_in_output() {
    let server = EchoServer::start();
    let t = TestDir::new();
    t.write(
        "c.json",
        &collection(
            "c",
            json!([get("leaky", "{{baseUrl}}/get?token={{apiToken}}")]),
        ),
    );
    let base = format!("baseUrl={}", server.base_url());
    t.cogman(&[
        "run",
        "c.json",
        "--env-var",
        &base,
        "--env-var",
        "apiToken=very-secret-value-42",
    ])
    .code(0)
    .stdout_lacks("very-secret-value-42")
    .stdout_has("token=********");
}

#[test]
fn verbose_shows_headers_and_timings() {
    let server = EchoServer::start();
    let t = TestDir::new();
    let item = json!({"name": "auth", "request": {
        "method": "GET",
        "url": format!("{}/headers", server.base_url()),
        "header": [{"key": "Authorization", "value": "Bearer abc.def.ghi-secret"}]
    }});
    t.write("c.json", &collection("c", json!([item])));
    t.cogman(&["run", "c.json", "--verbose"])
        .code(0)
        .stdout_has("200 OK ★ ")
        .stdout_has("User-Agent")
        .stdout_has("content-type")
        .stdout_has("total")
        .stdout_lacks("abc.def.ghi-secret");
}

#[test]
fn bail_stops_at_the_first_failure() {
    let server = EchoServer::start();
    let t = TestDir::new();
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        l.local_addr().expect("addr").port()
    };
    t.write(
        "c.json",
        &collection(
            "c",
            json!([
                get("refused", &format!("http://127.0.0.1:{port}/")),
                get("after", &format!("{}/get", server.base_url()))
            ]),
        ),
    );
    t.cogman(&["run", "c.json", "--bail"])
        .code(1)
        .stdout_has("refused")
        .stdout_lacks("→ after");
    t.cogman(&["run", "c.json"]).code(1).stdout_has("→ after");
}

#[test]
fn bail_folder_makes_a_script_error_fatal() {
    let server = EchoServer::start();
    let t = TestDir::new();
    let mut throws = get("throws", &format!("{}/get", server.base_url()));
    throws["event"] = json!([{"listen": "test", "script": {"exec": ["nope();"]}}]);
    t.write(
        "c.json",
        &collection(
            "c",
            json!([throws, get("after", &format!("{}/get", server.base_url()))]),
        ),
    );
    // As Newman: the cli summary still prints, then `error: ...`; no report, no exports.
    t.cogman(&[
        "run",
        "c.json",
        "--bail",
        "folder",
        "-n",
        "2",
        "-r",
        "cli,json",
        "--reporter-json-export",
        "r.json",
        "--export-environment",
        "e.json",
    ])
    .code(1)
    .stdout_has("ReferenceError")
    .stdout_lacks("→ after")
    .stderr_has("error: nope is not defined");
    assert!(!t.path().join("r.json").exists());
    assert!(!t.path().join("e.json").exists());
    // Without `folder` the run still writes its report.
    t.cogman(&[
        "run",
        "c.json",
        "--bail",
        "-r",
        "json",
        "--reporter-json-export",
        "r.json",
    ])
    .code(1);
    assert!(t.path().join("r.json").exists());
}

#[test]
fn other_run_flags_are_accepted() {
    let server = EchoServer::start();
    let t = TestDir::new();
    let url = format!("{}/redirect/1", server.base_url());
    t.write("c.json", &collection("c", json!([get("one", &url)])));
    t.cogman(&[
        "run",
        "c.json",
        "--delay-request",
        "1",
        "--timeout",
        "60000",
        "--timeout-script",
        "5000",
        "-k",
        "--working-dir",
        ".",
        "--no-insecure-file-read",
    ])
    .code(0)
    .stdout_has("[200 OK");
    t.cogman(&["run", "c.json", "--ignore-redirects"])
        .code(0)
        .stdout_has("[302 Found");
}

#[test]
fn broken_pipe_exits_quietly() {
    use std::io::Read;
    use std::process::{Command, Stdio};
    let server = EchoServer::start();
    let t = TestDir::new();
    let url = format!("{}/get", server.base_url());
    let items: Vec<_> = (0..40).map(|i| get(&format!("r{i}"), &url)).collect();
    t.write("c.json", &collection("c", json!(items)));
    let mut child = Command::new(env!("CARGO_BIN_EXE_cogman"))
        .args(["run", "c.json"])
        .current_dir(t.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    // Read one byte, then close our end of the pipe.
    let mut stdout = child.stdout.take().expect("stdout");
    let mut byte = [0u8; 1];
    let _ = stdout.read(&mut byte);
    drop(stdout);
    let mut stderr = String::new();
    if let Some(mut e) = child.stderr.take() {
        let _ = e.read_to_string(&mut stderr);
    }
    let status = child.wait().expect("wait");
    assert_eq!(status.code(), Some(0), "stderr: {stderr}");
    assert!(!stderr.contains("panicked"), "stderr: {stderr}");
    assert!(stderr.trim().is_empty(), "stderr: {stderr}");
}

#[test]
fn run_timeout_stops_the_run_with_newmans_message() {
    let server = EchoServer::start();
    let t = TestDir::new();
    let base = server.base_url();
    t.write(
        "c.json",
        &collection(
            "c",
            json!([
                get("slow", &format!("{base}/delay/3000")),
                get("after", &format!("{base}/get"))
            ]),
        ),
    );
    t.cogman(&["run", "c.json", "--timeout", "300"])
        .code(1)
        .stderr_has("callback timed out")
        .stdout_lacks("→ after");
}

#[test]
fn assertions_and_script_errors_are_listed() {
    let server = EchoServer::start();
    let t = TestDir::new();
    let item = json!({
        "name": "tested",
        "event": [{"listen": "test", "script": {"exec": [
            "pm.test('passes', function () { pm.response.to.have.status(200); });",
            "pm.test('fails', function () { pm.expect(1).to.equal(2); });",
            "pm.test.skip('later', function () {});",
            "console.log('note from the script');",
            "notDefined();"
        ]}}],
        "request": {"method": "GET", "url": format!("{}/get", server.base_url())}
    });
    t.write("c.json", &collection("c", json!([item])));
    let run = t.cogman(&["run", "c.json"]);
    run.code(1)
        .stdout_has("  ✓  passes\n")
        .stdout_has("  1. fails\n")
        .stdout_has("  -  [skipped] later\n")
        .stdout_has("  │ note from the script\n")
        .stdout_has("  2⠄ ReferenceError in test-script\n")
        .stdout_has("expected 1 to equal 2")
        .stdout_has("at assertion:1 in test-script")
        .stdout_has("inside \"tested\"");
    t.cogman(&["run", "c.json", "-x"]).code(0);
    t.cogman(&[
        "run",
        "c.json",
        "--reporter-cli-no-success-assertions",
        "--reporter-cli-no-console",
        "--reporter-cli-no-failures",
    ])
    .code(1)
    .stdout_lacks("✓  passes")
    .stdout_lacks("note from the script")
    .stdout_lacks("at assertion:1")
    .stdout_has("1. fails");
}

#[test]
fn verbose_bodies_are_redacted_before_they_are_wrapped() {
    // Longer than the 54-column block width, so it always crosses a cut.
    let secret = "s3cret-".repeat(10);
    let server = EchoServer::start();
    let t = TestDir::new();
    t.write(
        "c.json",
        &collection(
            "c",
            json!([get("leaky", "{{baseUrl}}/get?token={{apiToken}}")]),
        ),
    );
    let base = format!("baseUrl={}", server.base_url());
    let token = format!("apiToken={secret}");
    let run = t.cogman(&[
        "run",
        "c.json",
        "--verbose",
        "--env-var",
        &base,
        "--env-var",
        &token,
    ]);
    run.code(0).stdout_lacks("s3cret-s3cret");
}

#[test]
fn working_dir_resolves_body_files_and_insecure_reads_can_be_refused() {
    let server = EchoServer::start();
    let t = TestDir::new();
    t.write("work/body.txt", "from the working dir");
    t.write("outside.txt", "outside content");
    let item = |name: &str, src: &str| {
        json!({
            "name": name,
            "event": [{"listen": "test", "script": {"exec": [
                "console.log('sent: ' + JSON.stringify(pm.response.json().data));"
            ]}}],
            "request": {
                "method": "POST",
                "url": format!("{}/post", server.base_url()),
                "body": {"mode": "file", "file": {"src": src}}
            }
        })
    };
    t.write(
        "c.json",
        &collection(
            "c",
            json!([
                item("inside", "body.txt"),
                item("outside", "../outside.txt")
            ]),
        ),
    );
    let relaxed = t.cogman(&["run", "c.json", "--working-dir", "work"]);
    relaxed
        .stdout_has("sent: \"from the working dir\"")
        .stdout_has("sent: \"outside content\"");
    let strict = t.cogman(&[
        "run",
        "c.json",
        "--working-dir",
        "work",
        "--no-insecure-file-read",
    ]);
    strict
        .stdout_has("sent: \"from the working dir\"")
        .stdout_lacks("outside content");
}

#[test]
fn consecutive_console_messages_share_one_block() {
    let server = EchoServer::start();
    let t = TestDir::new();
    let item = json!({
        "name": "talkative",
        "event": [{"listen": "test", "script": {"exec": [
            "console.log('first line');",
            "console.warn('second line');"
        ]}}],
        "request": {"method": "GET", "url": format!("{}/get", server.base_url())}
    });
    t.write("c.json", &collection("c", json!([item])));
    t.cogman(&["run", "c.json"])
        .code(0)
        .stdout_has("  ┌\n  │ first line\n  │ second line\n  └\n");
}
