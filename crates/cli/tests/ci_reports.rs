//! The CI-facing reporters end to end: `cogman run` against the local echo server, then every
//! report is read back: JUnit against the JUnit XSD (xmllint), HTML in headless Chromium, the
//! GitHub annotations and job summary as text, and a secret searched for in all of it.
//!
//! External tools: `xmllint` (from `COGMAN_XMLLINT` or `PATH`) and Chromium (from
//! `COGMAN_CHROMIUM`). Without them the checks that need them are skipped with a notice, unless
//! `CI` is set, where a missing tool fails the test.

mod util;

use std::path::{Path, PathBuf};
use std::process::Command;

use cogman_testkit::EchoServer;
use serde_json::{Value, json};
use util::TestDir;

/// The result of one run.
struct Out {
    code: i32,
    stdout: String,
    stderr: String,
}

impl Out {
    fn dump(&self) -> String {
        format!(
            "\n--- exit code: {}\n--- stdout:\n{}\n--- stderr:\n{}\n---",
            self.code, self.stdout, self.stderr
        )
    }
}

/// `cogman <args>` in `dir` with a clean, CI-free environment plus `env`.
fn cogman(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Out {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_cogman"));
    cmd.args(args).current_dir(dir);
    for var in [
        "GITHUB_ACTIONS",
        "GITHUB_STEP_SUMMARY",
        "CI",
        "CLICOLOR_FORCE",
        "CLICOLOR",
        "NO_COLOR",
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "http_proxy",
        "https_proxy",
        "ALL_PROXY",
    ] {
        cmd.env_remove(var);
    }
    for (key, _) in std::env::vars_os() {
        if key.to_string_lossy().starts_with("COGMAN_COGNITO_") {
            cmd.env_remove(key);
        }
    }
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("spawn cogman");
    Out {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn in_ci() -> bool {
    std::env::var_os("CI").is_some()
}

/// A tool from `var`, or else `name` on PATH (when `name` is given). `None` means skip,
/// after a notice; under CI a missing tool is a failure.
fn tool(var: &str, name: Option<&str>, what: &str) -> Option<PathBuf> {
    if let Some(p) = std::env::var_os(var).filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(p));
    }
    if let Some(name) = name
        && let Some(paths) = std::env::var_os("PATH")
    {
        for dir in std::env::split_paths(&paths) {
            let candidate = dir.join(name);
            if candidate.is_file() {
                return Some(candidate);
            }
        }
    }
    let hint = match name {
        Some(name) => format!("set {var} or put `{name}` on PATH"),
        None => format!("set {var} to its path"),
    };
    assert!(!in_ci(), "{what} is required under CI: {hint}");
    eprintln!("notice: skipping the {what} check: set {var} to run it");
    None
}

fn closed_port() -> u16 {
    let l = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    l.local_addr().expect("addr").port()
}

fn test_script(lines: &[&str]) -> Value {
    json!([{"listen": "test", "script": {"exec": lines}}])
}

/// A folder with a failing, a skipped and a passing test; a request whose body tries to
/// inject markup; a request that cannot connect and whose test script throws.
fn ci_collection(base: &str) -> String {
    let injected = "<script>document.body.setAttribute('data-pwned','script')</script>\
                    <img src=x onerror=\"document.body.setAttribute('data-pwned','img')\">";
    json!({
        "info": {
            "_postman_id": "3b0f5d8e-1111-4222-8333-444455556666",
            "name": "CI & Reports",
            "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
        },
        "item": [
            {
                "name": "Users",
                "item": [
                    {
                        "name": "Get user: v2, main",
                        "id": "get-user",
                        "request": {"method": "GET", "url": format!("{base}/get?id=7")},
                        "event": test_script(&[
                            "pm.test('status is 200', function () { pm.response.to.have.status(200); });",
                            "pm.test('name matches', function () { pm.expect(1).to.equal(2); });",
                            "pm.test.skip('later', function () {});",
                            "console.log('checked user');"
                        ])
                    },
                    {
                        "name": "Create user",
                        "id": "create-user",
                        "request": {
                            "method": "POST",
                            "url": format!("{base}/post"),
                            "header": [{"key": "Content-Type", "value": "text/html"}],
                            "body": {"mode": "raw", "raw": injected}
                        },
                        "event": test_script(&[
                            "pm.test('created', function () { pm.response.to.have.status(200); });"
                        ])
                    }
                ]
            },
            {
                "name": "Refused",
                "id": "refused",
                "request": {"method": "GET", "url": format!("http://127.0.0.1:{}/", closed_port())},
                "event": test_script(&["throw new Error('boom');"])
            }
        ]
    })
    .to_string()
}

fn xmllint_validate(file: &Path) {
    let Some(xmllint) = tool("COGMAN_XMLLINT", Some("xmllint"), "xmllint (JUnit XSD)") else {
        return;
    };
    let xsd = Path::new(env!("CARGO_MANIFEST_DIR")).join("../report/tests/data/junit.xsd");
    let out = Command::new(xmllint)
        .arg("--noout")
        .arg("--schema")
        .arg(&xsd)
        .arg(file)
        .output()
        .expect("run xmllint");
    assert!(
        out.status.success(),
        "{} does not validate against the JUnit XSD:\n{}\n{}",
        file.display(),
        String::from_utf8_lossy(&out.stderr),
        std::fs::read_to_string(file).unwrap_or_default()
    );
}

#[test]
fn junit_report_follows_newmans_layout_and_the_xsd() {
    let server = EchoServer::start();
    let t = TestDir::new();
    t.write("c.json", &ci_collection(&server.base_url()));
    let out = cogman(
        t.path(),
        &[
            "run",
            "c.json",
            "-n",
            "2",
            "-r",
            "junit",
            "--reporter-junit-export",
            "out/junit.xml",
        ],
        &[],
    );
    assert_eq!(out.code, 1, "failures exit 1{}", out.dump());
    assert!(
        out.stdout.is_empty(),
        "junit alone prints nothing{}",
        out.dump()
    );
    let xml = t.read("out/junit.xml");
    for needle in [
        r#"<testsuites name="CI &amp; Reports""#,
        r#"<testsuite name="Users / Get user: v2, main" tests="3" skipped="1" errors="0" failures="1""#,
        r#"<testcase name="status is 200" classname="UsersGetUserV2Main""#,
        r#"<failure message="expected 1 to equal 2" type="AssertionFailure">Failed 2 times (iterations 1, 2)."#,
        "Collection JSON ID: 3b0f5d8e-1111-4222-8333-444455556666.",
        "<skipped/>",
        r#"<testsuite name="Refused" tests="2" skipped="0" errors="2" failures="0""#,
        r#"<error message="Error: connect ECONNREFUSED"#,
        r#"type="RequestError""#,
        r#"<testcase name="test-script" classname="Refused""#,
        "<system-err>Iteration: 0\nRequestError:",
        r#"id="get-user""#,
    ] {
        assert!(xml.contains(needle), "junit lacks {needle:?}:\n{xml}");
    }
    // Iterations are merged: one suite per item.
    assert_eq!(xml.matches("<testsuite ").count(), 3, "{xml}");
    xmllint_validate(&t.path().join("out/junit.xml"));
}

#[test]
fn junit_without_export_goes_to_newmans_default_path() {
    let server = EchoServer::start();
    let t = TestDir::new();
    let items = json!([util::get("ok", &format!("{}/get", server.base_url()))]);
    t.write("c.json", &util::collection("Default path", items));
    let out = cogman(t.path(), &["run", "c.json", "-r", "junit"], &[]);
    assert_eq!(out.code, 0, "{}", out.dump());
    let names: Vec<String> = std::fs::read_dir(t.path().join("newman"))
        .expect("newman/ exists")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 1, "{names:?}");
    assert!(
        names[0].starts_with("newman-run-report-") && names[0].ends_with("-0.xml"),
        "{names:?}"
    );
    xmllint_validate(&t.path().join("newman").join(&names[0]));
}

#[test]
fn unwritable_report_is_one_error_line() {
    let t = TestDir::new();
    let items = json!([util::get("ok", "http://127.0.0.1:9/")]);
    t.write("c.json", &util::collection("Unwritable", items));
    t.write("blocker", "a file where a directory should be");
    let out = cogman(
        t.path(),
        &[
            "run",
            "c.json",
            "-r",
            "html",
            "--reporter-html-export",
            "blocker/report.html",
        ],
        &[],
    );
    assert_eq!(out.code, 1, "{}", out.dump());
    assert!(
        out.stderr
            .contains("error creating path for file \"blocker/report.html\" for html-reporter"),
        "{}",
        out.dump()
    );
}

#[test]
fn html_report_escapes_bodies_and_renders_in_chromium() {
    let server = EchoServer::start();
    let t = TestDir::new();
    t.write("c.json", &ci_collection(&server.base_url()));
    let out = cogman(
        t.path(),
        &[
            "run",
            "c.json",
            "-r",
            "html",
            "--reporter-html-export",
            "report.html",
        ],
        &[],
    );
    assert_eq!(out.code, 1, "{}", out.dump());
    let html = t.read("report.html");
    // The body the echo server sent back is shown as text, never as markup.
    assert!(
        html.contains("&lt;script&gt;document.body.setAttribute("),
        "escaped body missing:\n{html}"
    );
    assert!(!html.contains("<script>document.body"), "raw body in page");
    assert!(!html.contains("<img src=x"), "raw body in page");
    assert_eq!(
        html.matches("<script").count(),
        1,
        "only the page's own script"
    );
    for needle in [
        "id=\"failures\"",
        "Failures (3)",
        "expected 1 to equal 2",
        "connect ECONNREFUSED",
        "Error: boom",
        "checked user",
        "<svg",
        "Get user: v2, main",
    ] {
        assert!(html.contains(needle), "html lacks {needle:?}");
    }
    // Failures come before the list of requests.
    let failures_at = html.find("id=\"failures\"").unwrap_or(usize::MAX);
    let requests_at = html.find("id=\"requests\"").unwrap_or(0);
    assert!(failures_at < requests_at, "failures must come first");
    // Nothing is fetched from the network.
    for needle in ["http://cdn", "https://", "<link", "src=\"http"] {
        assert!(!html.contains(needle), "page references {needle:?}");
    }

    let Some(chromium) = tool("COGMAN_CHROMIUM", None, "Chromium (HTML report)") else {
        return;
    };
    let profile = tempfile::tempdir().expect("profile dir");
    let dom = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg("--dump-dom")
        .arg(format!("file://{}", t.path().join("report.html").display()))
        .output()
        .expect("run chromium");
    let dom_text = String::from_utf8_lossy(&dom.stdout);
    assert!(
        dom.status.success() && dom_text.contains("</html>"),
        "chromium failed: {}",
        String::from_utf8_lossy(&dom.stderr)
    );
    assert!(
        dom_text.contains("Users / Get user: v2, main"),
        "request title missing from the DOM"
    );
    assert!(
        dom_text.contains("id=\"failures\""),
        "no failure section in the DOM"
    );
    assert!(
        !dom_text.contains("data-pwned=\""),
        "markup from a response body ran in the page"
    );
    // The page's own script ran without error and failed requests start open.
    assert!(
        dom_text.contains("class=\"exec failed\" id=\"request-1\" open"),
        "failed request not expanded"
    );
}

#[test]
fn github_actions_annotations_and_job_summary() {
    let server = EchoServer::start();
    let t = TestDir::new();
    t.write("c.json", &ci_collection(&server.base_url()));
    let summary = t.write("summary.md", "previous step\n");
    let summary_text = summary.to_string_lossy().into_owned();
    let env = [
        ("GITHUB_ACTIONS", "true"),
        ("GITHUB_STEP_SUMMARY", summary_text.as_str()),
    ];
    let out = cogman(t.path(), &["run", "c.json", "-r", "cli"], &env);
    assert_eq!(out.code, 1, "{}", out.dump());
    let lines: Vec<&str> = out
        .stdout
        .lines()
        .filter(|l| l.starts_with("::error "))
        .collect();
    assert_eq!(lines.len(), 3, "one annotation per failure{}", out.dump());
    assert_eq!(
        lines[0],
        "::error title=Users / Get user%3A v2%2C main::name matches: expected 1 to equal 2"
    );
    assert!(
        lines[1].starts_with("::error title=Refused::Error: connect ECONNREFUSED 127.0.0.1:"),
        "{}",
        lines[1]
    );
    assert!(lines[1].ends_with(" (request)"), "{}", lines[1]);
    assert_eq!(lines[2], "::error title=Refused::Error: boom (test-script)");
    // Annotations come after the cli reporter's output, never inside it.
    let first = out.stdout.find("::error").unwrap_or(0);
    assert!(out.stdout[..first].contains("failure"), "{}", out.dump());

    let md = t.read("summary.md");
    assert!(
        md.starts_with("previous step\n## cogman: CI &amp; Reports ❌ failed"),
        "{md}"
    );
    for needle in [
        "| | executed | failed |",
        "| requests | 3 | 1 |",
        "| assertions | 4 | 1 |",
        "### Failures (3)",
        "| 1 | Users / Get user: v2, main | 1 | AssertionError at assertion:1 in test-script | name matches: expected 1 to equal 2 |",
    ] {
        assert!(md.contains(needle), "summary lacks {needle:?}:\n{md}");
    }

    // --silent: no annotations on stdout, the summary is still written.
    let out = cogman(t.path(), &["run", "c.json", "--silent"], &env);
    assert_eq!(out.code, 1, "{}", out.dump());
    assert!(out.stdout.is_empty(), "{}", out.dump());
    assert_eq!(t.read("summary.md").matches("## cogman:").count(), 2);

    // Outside GitHub Actions nothing of this appears.
    let out = cogman(t.path(), &["run", "c.json"], &[]);
    assert!(!out.stdout.contains("::error"), "{}", out.dump());
}

#[test]
fn no_progress_bar_without_a_terminal() {
    let server = EchoServer::start();
    let t = TestDir::new();
    let items = json!([util::get("ok", &format!("{}/get", server.base_url()))]);
    t.write("c.json", &util::collection("Quiet", items));
    let out = cogman(
        t.path(),
        &[
            "run",
            "c.json",
            "-r",
            "junit",
            "--reporter-junit-export",
            "j.xml",
        ],
        &[],
    );
    assert_eq!(out.code, 0, "{}", out.dump());
    assert!(
        out.stderr.is_empty(),
        "stderr is not a terminal{}",
        out.dump()
    );
}

/// `script` gives cogman a pseudo-terminal: with only file reporters the bar is drawn on
/// stderr; with the cli reporter on the same terminal it is not (see report::progress).
#[test]
fn progress_bar_on_a_terminal_only_when_the_terminal_is_otherwise_silent() {
    let Some(script) = ["/usr/bin/script", "/bin/script"]
        .into_iter()
        .map(PathBuf::from)
        .find(|p| p.is_file())
    else {
        eprintln!("notice: skipping the progress bar check: `script` (util-linux) not found");
        return;
    };
    let server = EchoServer::start();
    let t = TestDir::new();
    let items = json!([
        util::get("one", &format!("{}/get", server.base_url())),
        util::get("two", &format!("{}/get", server.base_url()))
    ]);
    t.write("c.json", &util::collection("Progress", items));
    let run_in_pty = |args: &str, env: &[(&str, &str)]| -> String {
        let mut cmd = Command::new(&script);
        cmd.arg("-qec")
            .arg(format!("{} {args}", env!("CARGO_BIN_EXE_cogman")))
            .arg("/dev/null")
            .current_dir(t.path())
            .env_remove("CI")
            .env_remove("GITHUB_ACTIONS");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let out = cmd.output().expect("run script");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let shown = run_in_pty(
        "run c.json -n 3 -r junit --reporter-junit-export j.xml",
        &[],
    );
    assert!(shown.contains("requests, ETA"), "no bar drawn:\n{shown}");
    let with_cli = run_in_pty("run c.json -n 3", &[]);
    assert!(
        !with_cli.contains("ETA"),
        "bar drawn over the cli output:\n{with_cli}"
    );
    assert!(with_cli.contains("iterations"), "{with_cli}");
    let in_ci = run_in_pty(
        "run c.json -n 3 -r junit --reporter-junit-export j.xml",
        &[("CI", "true")],
    );
    assert!(!in_ci.contains("ETA"), "bar drawn under CI:\n{in_ci}");
    let silent = run_in_pty(
        "run c.json -n 3 -r junit --reporter-junit-export j.xml --silent",
        &[],
    );
    assert!(
        !silent.contains("ETA"),
        "bar drawn with --silent:\n{silent}"
    );
}

fn files_under(dir: &Path, out: &mut Vec<PathBuf>) {
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                files_under(&p, out);
            } else {
                out.push(p);
            }
        }
    }
}

/// A secret-typed environment value is sent (query, header, body), echoed back by the
/// server, logged by a script and used in a test name and a failure message; with every
/// reporter and `--verbose` it appears nowhere cogman writes.
#[test]
fn a_secret_appears_in_no_output_and_no_report() {
    const SECRET: &str = "Zq7-secret-Value-4242";
    let server = EchoServer::start();
    let t = TestDir::new();
    let base = server.base_url();
    let collection = json!({
        "info": {"name": "Secrets", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
        "item": [{
            "name": "Send secret",
            "request": {
                "method": "POST",
                "url": format!("{base}/post?token={{{{apiSecret}}}}"),
                "header": [{"key": "X-Custom", "value": "{{apiSecret}}"}],
                "body": {"mode": "raw", "raw": "{\"secret\": \"{{apiSecret}}\"}"}
            },
            "event": [
                {"listen": "prerequest", "script": {"exec": [
                    "console.log('about to send', pm.environment.get('apiSecret'));"
                ]}},
                {"listen": "test", "script": {"exec": [
                    "var s = pm.environment.get('apiSecret');",
                    "console.log('echoed', JSON.stringify(pm.response.json()));",
                    "pm.test('sent ' + s, function () { pm.expect(pm.response.json().args.token).to.equal(s); });",
                    "pm.test('compare ' + s, function () { pm.expect(pm.response.json().args.token).to.equal('nope'); });",
                    "throw new Error('thrown with ' + s);"
                ]}}
            ]
        }]
    });
    t.write("c.json", &collection.to_string());
    let environment = json!({
        "name": "ci",
        "values": [{"key": "apiSecret", "value": SECRET, "type": "secret", "enabled": true}]
    });
    t.write("env.json", &environment.to_string());
    std::fs::create_dir_all(t.path().join("reports")).expect("mkdir");
    let summary = t.path().join("reports/summary.md");
    let summary_text = summary.to_string_lossy().into_owned();
    let out = cogman(
        t.path(),
        &[
            "run",
            "c.json",
            "-e",
            "env.json",
            "--verbose",
            "-r",
            "cli,json,junit,html",
            "--reporter-json-export",
            "reports/report.json",
            "--reporter-junit-export",
            "reports/junit.xml",
            "--reporter-html-export",
            "reports/report.html",
        ],
        &[
            ("GITHUB_ACTIONS", "true"),
            ("GITHUB_STEP_SUMMARY", summary_text.as_str()),
        ],
    );
    assert_eq!(out.code, 1, "{}", out.dump());
    // The run really did the things that could leak.
    assert!(out.stdout.contains("::error"), "{}", out.dump());
    assert!(out.stdout.contains("echoed"), "{}", out.dump());
    assert!(
        !out.stdout.contains(SECRET),
        "secret on stdout{}",
        out.dump()
    );
    assert!(
        !out.stderr.contains(SECRET),
        "secret on stderr{}",
        out.dump()
    );
    let mut files = Vec::new();
    files_under(&t.path().join("reports"), &mut files);
    assert_eq!(files.len(), 4, "{files:?}");
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap_or_default();
        assert!(!text.is_empty(), "{} is empty", file.display());
        assert!(
            !text.contains(SECRET),
            "secret in {}:\n{text}",
            file.display()
        );
        // Markdown escapes the mask's asterisks; they render as `********`.
        assert!(
            text.contains("********") || text.contains(r"\*\*\*\*\*\*\*\*"),
            "{} shows no mask, so the secret's places were not covered:\n{text}",
            file.display()
        );
    }
    if files
        .iter()
        .any(|f| f.extension().is_some_and(|e| e == "xml"))
    {
        xmllint_validate(&t.path().join("reports/junit.xml"));
    }
}
