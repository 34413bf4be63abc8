//! Runs with scripts: order, flow control, assertions, errors, bail, pm.sendRequest.

mod common;

use cogman_runner::{Bail, RunOptions, StopReason};
use cogman_testkit::EchoServer;
use common::*;
use serde_json::{Value, json};

fn ev(listen: &str, src: &str) -> Value {
    json!({"listen": listen, "script": {"type": "text/javascript", "exec": src.lines().collect::<Vec<_>>()}})
}

fn with_events(mut item: Value, events: Vec<Value>) -> Value {
    item["event"] = Value::Array(events);
    item
}

fn append(tag: &str) -> String {
    format!("pm.environment.set('order', (pm.environment.get('order') || '') + '{tag},');")
}

fn env_value(summary: &cogman_runner::RunSummary, key: &str) -> Option<Value> {
    summary.environment.get(key).cloned()
}

#[test]
fn script_order_collection_folders_request() {
    let server = EchoServer::start();
    let base = server.base_url();
    let req = with_events(
        request_item("r", "GET", &format!("{base}/get")),
        vec![
            ev("prerequest", &append("r-pre")),
            ev("test", &append("r-test")),
        ],
    );
    let inner = json!({"name": "Inner", "item": [req],
        "event": [ev("prerequest", &append("i-pre")), ev("test", &append("i-test"))]});
    let outer = json!({"name": "Outer", "item": [inner],
        "event": [ev("prerequest", &append("o-pre")), ev("test", &append("o-test"))]});
    let mut c = coll(vec![outer]);
    c["event"] = json!([
        ev("prerequest", &append("c-pre")),
        ev("test", &append("c-test"))
    ]);
    let c = collection(c);
    let (summary, rec) = go(&c, RunOptions::default());
    assert_eq!(
        env_value(&summary, "order"),
        Some(json!(
            "c-pre,o-pre,i-pre,r-pre,c-test,o-test,i-test,r-test,"
        ))
    );
    assert_eq!(summary.stats.scripts.total, 8);
    assert_eq!(summary.stats.prerequest_scripts.total, 4);
    assert_eq!(summary.stats.test_scripts.total, 4);
    // The request happens between the two phases.
    let names = rec.names();
    let req_pos = names.iter().position(|n| *n == "request").expect("request");
    let pre_end = names
        .iter()
        .position(|n| *n == "prerequest")
        .expect("prerequest");
    let test_start = names
        .iter()
        .position(|n| *n == "beforeTest")
        .expect("beforeTest");
    assert!(pre_end < req_pos && req_pos < test_start);
    assert!(!summary.has_failures(), "{:?}", summary.failures);
}

#[test]
fn assertions_and_script_errors_are_recorded_and_the_run_goes_on() {
    let server = EchoServer::start();
    let base = server.base_url();
    let c = collection(coll(vec![
        with_events(
            request_item("tests", "GET", &format!("{base}/get?x=1")),
            vec![ev(
                "test",
                "pm.test('code is 200', function () { pm.response.to.have.status(200); });\n\
                 pm.test('x is 2', function () { pm.expect(pm.response.json().args.x).to.eql('2'); });",
            )],
        ),
        with_events(
            request_item("throws", "GET", &format!("{base}/get")),
            vec![ev("prerequest", "throw new TypeError('boom');")],
        ),
        request_item("after", "GET", &format!("{base}/get")),
    ]));
    let (summary, rec) = go(&c, RunOptions::default());
    assert_eq!(rec.items_run(), vec!["tests", "throws", "after"]);
    assert_eq!(summary.stats.assertions.total, 2);
    assert_eq!(summary.stats.assertions.failed, 1);
    assert_eq!(summary.stats.scripts.failed, 1);
    assert_eq!(summary.stats.prerequest_scripts.failed, 1);
    // Checked against Newman 6.2.2: failures do not mark the iteration failed.
    assert_eq!(summary.stats.iterations.failed, 0);
    assert_eq!(summary.failures.len(), 2);
    let a = &summary.failures[0];
    assert_eq!(a.at, "assertion:1 in test-script");
    assert_eq!(a.error.name, "AssertionError");
    assert_eq!(a.error.test.as_deref(), Some("x is 2"));
    assert_eq!(a.error.message, "expected '1' to deeply equal '2'");
    let s = &summary.failures[1];
    assert_eq!(s.at, "prerequest-script");
    assert_eq!(s.error.name, "TypeError");
    assert_eq!(s.error.message, "boom");
    assert_eq!(s.source.name, "throws");
    // A script error does not stop the request of its item.
    assert_eq!(rec.requests().len(), 3);
    assert!(summary.has_failures());
}

#[test]
fn set_next_request_jumps_and_null_ends_the_iteration() {
    let server = EchoServer::start();
    let base = server.base_url();
    let c = collection(coll(vec![
        with_events(
            request_item("A", "GET", &format!("{base}/get")),
            vec![ev("test", "postman.setNextRequest('C');")],
        ),
        request_item("B", "GET", &format!("{base}/get")),
        with_events(
            request_item("C", "GET", &format!("{base}/get")),
            vec![ev(
                "prerequest",
                "var n = (pm.variables.get('n') || 0) + 1; pm.variables.set('n', n);\n\
                 if (n < 2) { pm.execution.setNextRequest('C'); } else { pm.execution.setNextRequest(null); }",
            )],
        ),
        request_item("D", "GET", &format!("{base}/get")),
    ]));
    let (summary, rec) = go(
        &c,
        RunOptions {
            iteration_count: Some(2),
            ..RunOptions::default()
        },
    );
    // Local variables persist across iterations, so the second iteration ends after C.
    assert_eq!(
        rec.items_run(),
        vec!["A", "C", "C", "A", "C"],
        "{:?}",
        summary.failures
    );
    assert_eq!(summary.stats.iterations.total, 2);
}

#[test]
fn unknown_next_request_ends_the_iteration() {
    let server = EchoServer::start();
    let base = server.base_url();
    let c = collection(coll(vec![
        with_events(
            request_item("A", "GET", &format!("{base}/get")),
            vec![ev("test", "pm.execution.setNextRequest('nope');")],
        ),
        request_item("B", "GET", &format!("{base}/get")),
    ]));
    let (_, rec) = go(&c, RunOptions::default());
    assert_eq!(rec.items_run(), vec!["A"]);
}

#[test]
fn skip_request_skips_the_request_and_its_tests() {
    let server = EchoServer::start();
    let base = server.base_url();
    let mut c = coll(vec![
        with_events(
            request_item("skipped", "GET", &format!("{base}/get")),
            vec![
                ev("prerequest", "pm.execution.skipRequest();"),
                ev("test", "pm.test('never', function () {});"),
            ],
        ),
        request_item("runs", "GET", &format!("{base}/get")),
    ]);
    c["event"] = json!([ev("prerequest", &append("c-pre"))]);
    let c = collection(c);
    let (summary, rec) = go(&c, RunOptions::default());
    assert_eq!(rec.items_run(), vec!["skipped", "runs"]);
    assert_eq!(rec.requests().len(), 1);
    assert_eq!(rec.requests()[0].item.as_deref(), Some("runs"));
    assert_eq!(summary.stats.assertions.total, 0);
    assert_eq!(summary.stats.requests.total, 1);
    assert!(!summary.has_failures());
}

#[test]
fn prerequest_mutations_and_test_view_of_the_request() {
    let server = EchoServer::start();
    let base = server.base_url();
    let c = collection(coll(vec![with_events(
        request_item("m", "GET", &format!("{base}/get?q={{{{q}}}}")),
        vec![
            ev(
                "prerequest",
                "pm.request.headers.add({key: 'X-Added', value: 'yes'});\n\
                 pm.variables.set('q', 'local');",
            ),
            ev(
                "test",
                "pm.test('sent header', function () {\n\
                   pm.expect(pm.response.json().headers['x-added']).to.eql('yes');\n\
                   pm.expect(pm.response.json().args.q).to.eql('local');\n\
                   pm.expect(pm.request.url.toString()).to.include('q=local');\n\
                 });\nconsole.log('code', pm.response.code);",
            ),
        ],
    )]));
    let (summary, rec) = go(&c, RunOptions::default());
    assert!(!summary.has_failures(), "{:?}", summary.failures);
    assert_eq!(summary.stats.assertions.total, 1);
    assert_eq!(rec.consoles(), vec!["code 200".to_string()]);
}

#[test]
fn send_request_is_counted_and_reported() {
    let server = EchoServer::start();
    let base = server.base_url();
    let mut c = coll(vec![request_item(
        "main",
        "GET",
        &format!("{base}/get?token={{{{token}}}}"),
    )]);
    c["event"] = json!([ev(
        "prerequest",
        &format!(
            "pm.sendRequest('{base}/get?t=abc', function (err, res) {{\n\
               pm.environment.set('token', res.json().args.t);\n\
             }});"
        )
    )]);
    let c = collection(c);
    let (summary, rec) = go(&c, RunOptions::default());
    let reqs = rec.requests();
    assert_eq!(reqs.len(), 2);
    assert!(reqs[0].via_send_request);
    assert!(!reqs[1].via_send_request);
    assert_eq!(reqs[1].body.as_ref().expect("json")["args"]["token"], "abc");
    assert_eq!(summary.stats.requests.total, 2);
    assert!(!summary.has_failures(), "{:?}", summary.failures);
}

#[test]
fn bail_stops_at_the_first_failure() {
    let server = EchoServer::start();
    let base = server.base_url();
    let c = collection(coll(vec![
        request_item("ok", "GET", &format!("{base}/get")),
        with_events(
            request_item("fails", "GET", &format!("{base}/get")),
            vec![ev(
                "test",
                "pm.test('bad', function () { pm.expect(1).to.equal(2); });",
            )],
        ),
        request_item("never", "GET", &format!("{base}/get")),
    ]));
    let (summary, rec) = go(
        &c,
        RunOptions {
            iteration_count: Some(3),
            bail: Bail {
                enabled: true,
                ..Bail::default()
            },
            ..RunOptions::default()
        },
    );
    assert_eq!(rec.items_run(), vec!["ok", "fails"]);
    assert_eq!(summary.stopped, Some(StopReason::Bailed));
    assert_eq!(summary.stats.iterations.total, 1);
    // With --bail, postman-runtime also reports the failed test as a script error.
    assert_eq!(summary.failures.len(), 2);
    assert_eq!(summary.failures[1].error.name, "AssertionFailure");
    assert_eq!(summary.failures[1].error.message, "bad");
    assert_eq!(summary.failures[1].at, "test-script:39:17");
    assert!(rec.names().ends_with(&["item", "iteration", "done"]));

    // Without --bail the run finishes.
    let (summary, rec) = go(&c, RunOptions::default());
    assert_eq!(rec.items_run().len(), 3);
    assert_eq!(summary.stopped, None);
}

#[test]
fn bail_on_request_error() {
    let port = closed_port();
    let c = collection(coll(vec![
        request_item("refused", "GET", &format!("http://127.0.0.1:{port}/")),
        request_item("never", "GET", &format!("http://127.0.0.1:{port}/")),
    ]));
    let (summary, rec) = go(
        &c,
        RunOptions {
            bail: Bail {
                enabled: true,
                ..Bail::default()
            },
            ..RunOptions::default()
        },
    );
    assert_eq!(rec.items_run(), vec!["refused"]);
    assert_eq!(summary.stats.requests.failed, 1);
    assert_eq!(
        summary.stats.tests.total, 0,
        "tests do not run after a bail"
    );
}

#[test]
fn bail_folder_aborts_on_a_script_error_only() {
    let server = EchoServer::start();
    let base = server.base_url();
    let c = collection(coll(vec![
        with_events(
            request_item("assert-fails", "GET", &format!("{base}/get")),
            vec![ev(
                "test",
                "pm.test('bad', function () { pm.expect(1).to.equal(2); });",
            )],
        ),
        with_events(
            request_item("throws", "GET", &format!("{base}/get")),
            vec![ev("test", "undefinedFunction();")],
        ),
        request_item("never", "GET", &format!("{base}/get")),
    ]));
    let (summary, rec) = go(
        &c,
        RunOptions {
            bail: Bail {
                enabled: true,
                folder: true,
                failure: false,
            },
            ..RunOptions::default()
        },
    );
    // An assertion failure does not abort with `folder` alone; the script error does.
    assert_eq!(rec.items_run(), vec!["assert-fails", "throws"]);
    assert_eq!(summary.stopped, Some(StopReason::Bailed));
    let err = summary.error.as_ref().expect("run error");
    assert_eq!(err.name, "ReferenceError");
    assert!(summary.aborted);
    // As in Newman, the run ends at once: neither the item nor the iteration closes.
    assert!(rec.names().ends_with(&["test", "done"]));
    assert_eq!(summary.stats.items.total, 1);
    assert_eq!(summary.stats.iterations.total, 0);
}

#[test]
fn whole_run_timeout_stops_the_run() {
    let server = EchoServer::start();
    let base = server.base_url();
    let c = collection(coll(vec![
        request_item("slow", "GET", &format!("{base}/delay/3000")),
        request_item("never", "GET", &format!("{base}/get")),
    ]));
    let (summary, rec) = go(
        &c,
        RunOptions {
            timeout: Some(std::time::Duration::from_millis(200)),
            ..RunOptions::default()
        },
    );
    assert_eq!(rec.items_run(), vec!["slow"]);
    assert_eq!(summary.stopped, Some(StopReason::TimedOut));
    assert_eq!(
        summary.error.as_ref().map(|e| e.message.as_str()),
        Some("callback timed out")
    );
    assert!(summary.has_failures());
}

#[test]
fn iteration_data_and_info_reach_scripts() {
    let server = EchoServer::start();
    let base = server.base_url();
    let c = collection(coll(vec![with_events(
        request_item("d", "GET", &format!("{base}/get")),
        vec![ev(
            "test",
            "pm.test('data', function () {\n\
               pm.expect(pm.iterationData.get('user')).to.eql(['u1', 'u2'][pm.info.iteration]);\n\
               pm.expect(pm.info.iterationCount).to.eql(2);\n\
               pm.expect(pm.info.requestName).to.eql('d');\n\
             });",
        )],
    )]));
    let rows = vec![
        [("user".to_string(), json!("u1"))].into_iter().collect(),
        [("user".to_string(), json!("u2"))].into_iter().collect(),
    ];
    let (summary, _) = go(
        &c,
        RunOptions {
            iteration_data: rows,
            ..RunOptions::default()
        },
    );
    assert_eq!(summary.stats.assertions.total, 2);
    assert!(!summary.has_failures(), "{:?}", summary.failures);
}

#[test]
fn cookie_jar_from_scripts() {
    let server = EchoServer::start();
    let base = server.base_url();
    let c = collection(coll(vec![
        with_events(
            request_item("set", "GET", &format!("{base}/cookies")),
            vec![
                ev(
                    "prerequest",
                    &format!(
                        "pm.cookies.jar().set('{base}', 'sess', 'abc', function (err, cookie) {{\n\
                           pm.environment.set('setErr', String(err));\n\
                         }});"
                    ),
                ),
                ev(
                    "test",
                    &format!(
                        "pm.test('sent', function () {{ pm.expect(pm.response.json().cookies.sess).to.eql('abc'); }});\n\
                         pm.cookies.jar().getAll('{base}', function (err, cookies) {{\n\
                           pm.environment.set('count', cookies.count());\n\
                         }});\n\
                         pm.cookies.jar().unset('{base}', 'sess', function () {{}});"
                    ),
                ),
            ],
        ),
        request_item("after", "GET", &format!("{base}/cookies")),
    ]));
    let (summary, rec) = go(&c, RunOptions::default());
    assert!(!summary.has_failures(), "{:?}", summary.failures);
    assert_eq!(env_value(&summary, "setErr"), Some(json!("null")));
    assert_eq!(env_value(&summary, "count"), Some(json!(1)));
    let after = rec.requests()[1].body.clone().expect("json");
    assert_eq!(after["cookies"], json!({}), "unset removed it");
}
