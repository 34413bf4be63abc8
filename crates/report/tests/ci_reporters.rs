//! The CI reporters fed by real runs (cogman-runner against a small HTTP server on
//! 127.0.0.1): JUnit structure, HTML body capping and escaping, the GitHub summary, the
//! progress bar's count, and redaction of a registered secret in all of them.

use std::io::{Read, Write};
use std::net::TcpListener;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

use cogman_redact::Redactor;
use cogman_report::{GithubReporter, HtmlReporter, JunitReporter, ProgressReporter};
use cogman_runner::{Reporter, RunOptions, RunSummary};
use indicatif::ProgressDrawTarget;
use quick_junit::{NonSuccessKind, TestCaseStatus};
use serde_json::json;

const SECRET: &str = "pw-Secret-31337";
const BIG: usize = 100 * 1024;

/// Answers every request with 200 and a JSON body quoting the request line; `/big` answers
/// a body larger than the HTML report keeps, `/html` a body with markup.
fn serve() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
    let addr = listener.local_addr().expect("local addr");
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut head = Vec::new();
            let mut byte = [0u8; 1];
            while !head.ends_with(b"\r\n\r\n") {
                match stream.read(&mut byte) {
                    Ok(1) => head.push(byte[0]),
                    _ => break,
                }
            }
            let head = String::from_utf8_lossy(&head).into_owned();
            let line = head.lines().next().unwrap_or_default().to_string();
            let length: usize = head
                .lines()
                .filter_map(|l| l.split_once(':'))
                .find(|(k, _)| k.eq_ignore_ascii_case("content-length"))
                .and_then(|(_, v)| v.trim().parse().ok())
                .unwrap_or(0);
            let mut body = vec![0u8; length];
            let _ = stream.read_exact(&mut body);
            let reply = if line.contains("/big") {
                "x".repeat(BIG)
            } else if line.contains("/html") {
                "<script>alert(1)</script>".to_string()
            } else {
                json!({ "line": line }).to_string()
            };
            let _ = write!(
                stream,
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{reply}",
                reply.len()
            );
        }
    });
    format!("http://{addr}")
}

/// A scratch directory removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new() -> Scratch {
        static N: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "cogman-report-test-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::create_dir_all(&dir);
        Scratch(dir)
    }

    fn file(&self, name: &str) -> PathBuf {
        self.0.join(name)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn collection(base: &str) -> cogman_collection::Collection {
    let tests = |lines: Vec<String>| json!([{"listen": "test", "script": {"exec": lines}}]);
    let echo_tests = vec![
        "pm.test('ok', function () { pm.response.to.have.status(200); });".to_string(),
        "pm.test('fails', function () { pm.expect('a').to.equal('b'); });".to_string(),
        "pm.test.skip('later', function () {});".to_string(),
        format!("console.log('the key is {SECRET}');"),
    ];
    let doc = json!({
        "info": {"name": "Reporters", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
        "item": [
            {"name": "Folder", "item": [{
                "name": "Echo",
                "id": "echo",
                "request": {"method": "GET", "url": format!("{base}/get?key={SECRET}")},
                "event": tests(echo_tests)
            }]},
            {"name": "Big", "request": {"method": "GET", "url": format!("{base}/big")}},
            {"name": "Markup", "request": {"method": "GET", "url": format!("{base}/html")}},
            {"name": "Script error", "request": {"method": "GET", "url": format!("{base}/get")},
             "event": tests(vec!["null.x;".to_string()])}
        ]
    });
    match cogman_collection::parse_collection_str(&doc.to_string(), "reporters.json") {
        Ok(c) => c,
        Err(e) => panic!("test collection does not parse: {e}"),
    }
}

fn run_with(reporter: &mut dyn Reporter, iterations: usize, redactor: &Redactor) -> RunSummary {
    let base = serve();
    let options = RunOptions {
        iteration_count: Some(iterations),
        redactor: redactor.clone(),
        ..Default::default()
    };
    match cogman_runner::run(&collection(&base), options, reporter) {
        Ok(summary) => summary,
        Err(e) => panic!("run failed: {e}"),
    }
}

fn secret_redactor() -> Redactor {
    let r = Redactor::new();
    r.add_secret(SECRET);
    r
}

#[test]
fn junit_merges_iterations_and_marks_skips_failures_and_errors() {
    let redactor = secret_redactor();
    let scratch = Scratch::new();
    let path = scratch.file("junit.xml");
    let mut reporter = JunitReporter::new(Some(path.clone()), redactor.clone());
    let summary = run_with(&mut reporter, 2, &redactor);
    let report = reporter.report(&summary);
    assert_eq!(report.name.as_ref().map(|n| n.as_str()), Some("Reporters"));
    let names: Vec<&str> = report.test_suites.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Folder / Echo", "Big", "Markup", "Script error"]);

    let echo = &report.test_suites[0];
    assert_eq!(
        (echo.tests, echo.failures, echo.errors, echo.skipped),
        (3, 1, 0, 1)
    );
    let case_names: Vec<&str> = echo.test_cases.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(case_names, ["ok", "fails", "later"]);
    assert!(
        echo.test_cases
            .iter()
            .all(|c| c.classname.as_ref().map(|n| n.as_str()) == Some("FolderEcho"))
    );
    match &echo.test_cases[1].status {
        TestCaseStatus::NonSuccess {
            kind: NonSuccessKind::Failure,
            ty,
            message,
            description,
            ..
        } => {
            assert_eq!(ty.as_ref().map(|t| t.as_str()), Some("AssertionFailure"));
            assert_eq!(
                message.as_ref().map(|m| m.as_str()),
                Some("expected 'a' to equal 'b'")
            );
            let text = description.as_ref().map(|d| d.as_str()).unwrap_or_default();
            assert!(
                text.starts_with("Failed 2 times (iterations 1, 2)."),
                "{text}"
            );
        }
        other => panic!("expected a failure, got {other:?}"),
    }
    assert!(matches!(
        echo.test_cases[2].status,
        TestCaseStatus::Skipped { .. }
    ));

    let script = &report.test_suites[3];
    assert_eq!((script.tests, script.errors), (1, 1));
    assert_eq!(script.test_cases[0].name.as_str(), "test-script");
    match &script.test_cases[0].status {
        TestCaseStatus::NonSuccess {
            kind: NonSuccessKind::Error,
            ty,
            ..
        } => assert_eq!(ty.as_ref().map(|t| t.as_str()), Some("TypeError")),
        other => panic!("expected an error, got {other:?}"),
    }

    let written = reporter.status().result();
    assert_eq!(written, Some(Ok(path.clone())));
    let xml = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(xml.starts_with("<?xml"), "{xml}");
    // The file reads back as the same document.
    match quick_junit::Report::deserialize_from_str(&xml) {
        Ok(back) => {
            assert_eq!(back.test_suites.len(), 4);
            assert_eq!(back.test_suites[0].test_cases, echo.test_cases);
            assert_eq!(
                (back.tests, back.failures, back.errors),
                (report.tests, report.failures, report.errors)
            );
        }
        Err(e) => panic!("junit file does not parse back: {e}\n{xml}"),
    }
    assert!(!xml.contains(SECRET), "secret in junit:\n{xml}");
}

#[test]
fn html_caps_bodies_escapes_markup_and_redacts() {
    let redactor = secret_redactor();
    let scratch = Scratch::new();
    let path = scratch.file("report.html");
    let mut reporter = HtmlReporter::new(Some(path.clone()), redactor.clone())
        .with_environment_name(Some("staging".into()));
    let summary = run_with(&mut reporter, 1, &redactor);
    let html = match reporter.render(&summary) {
        Ok(h) => h,
        Err(e) => panic!("render failed: {e}"),
    };
    assert!(
        html.contains("Showing the first 65.54kB of 102.4kB."),
        "no cap note"
    );
    assert!(
        !html.contains(&"x".repeat(64 * 1024 + 1)),
        "body not capped at 64 KiB"
    );
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;&#x2f;script&gt;"),
        "markup not escaped"
    );
    assert!(!html.contains("<script>alert(1)"), "markup injected");
    assert!(html.contains("staging"), "environment name shown");
    assert!(
        html.contains("the key is ********"),
        "console output redacted"
    );
    assert!(!html.contains(SECRET), "secret in html");
    assert_eq!(reporter.status().result(), Some(Ok(path)));
}

#[test]
fn github_summary_and_annotations_are_escaped_and_redacted() {
    let redactor = secret_redactor();
    let scratch = Scratch::new();
    let summary_path = scratch.file("summary.md");
    let mut reporter = GithubReporter::new(None, Some(summary_path.clone()), redactor.clone());
    let summary = run_with(&mut reporter, 2, &redactor);
    let annotations = reporter.annotations(&summary);
    let lines: Vec<&str> = annotations.lines().collect();
    assert_eq!(lines.len(), 4, "{annotations}");
    assert_eq!(
        lines[0],
        "::error title=Folder / Echo::fails: expected 'a' to equal 'b' [iteration 1]"
    );
    assert!(
        lines[1].starts_with("::error title=Script error::TypeError: "),
        "{}",
        lines[1]
    );
    let md = std::fs::read_to_string(&summary_path).unwrap_or_default();
    assert!(md.contains("| assertions | 6 | 2 |"), "{md}");
    assert!(md.contains("### Failures (4)"), "{md}");
    assert!(!md.contains(SECRET));
}

#[test]
fn progress_counts_items_times_iterations() {
    let redactor = Redactor::new();
    let mut reporter =
        ProgressReporter::with_target(ProgressDrawTarget::hidden(), redactor.clone());
    let _ = run_with(&mut reporter, 3, &redactor);
    let Some(bar) = reporter.bar() else {
        panic!("no bar after a run")
    };
    assert_eq!(bar.length(), Some(12));
    assert_eq!(bar.position(), 12);
    assert!(bar.is_finished());
}
