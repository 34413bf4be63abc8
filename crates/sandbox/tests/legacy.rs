//! The legacy (pre-pm) scripting API.
mod common;
use common::*;

use cogman_collection::Scopes;
use cogman_sandbox::{ConsoleLevel, NextRequest, ScriptKind};
use serde_json::json;

#[test]
fn tests_object_becomes_assertions_after_pm_tests() {
    let (out, _, _) = run_test(
        "tests['status is 200'] = responseCode.code === 200;\n\
         pm.test('pm first', () => {});\n\
         tests['fails'] = 0;",
    );
    no_error(&out);
    let got: Vec<_> = out
        .assertions
        .iter()
        .map(|a| (a.index, a.name.as_str(), a.passed))
        .collect();
    assert_eq!(
        got,
        vec![
            (0, "pm first", true),
            (1, "status is 200", true),
            (2, "fails", false)
        ]
    );
    let e = out.assertions[2].error.as_ref().unwrap();
    assert_eq!(
        (e.name.as_str(), e.message.as_str()),
        ("AssertionError", "expected 0 to be truthy")
    );
}

#[test]
fn response_globals() {
    let (out, host, _) = run_test(
        "console.log(responseCode.code, responseCode.name, responseTime, responseBody.length > 10);\n\
         console.log(responseHeaders['Content-Type'], postman.getResponseHeader('x-trace'));\n\
         console.log(postman.getResponseCookie('sid') === undefined, responseCookies.count());\n\
         console.log(request.method, request.url, request.headers, request.data, iteration);",
    );
    no_error(&out);
    let lines: Vec<_> = host
        .console
        .iter()
        .filter(|(l, _)| *l == ConsoleLevel::Log)
        .map(|(_, s)| s.clone())
        .collect();
    assert_eq!(
        lines,
        vec![
            "200 OK 12 true",
            "application/json; charset=utf-8 abc",
            "true 0",
            "POST http://example.test:8080/api/items?limit=10&page=2 { 'content-type': 'application/json' } {\"a\":1} 0",
        ]
    );
}

#[test]
fn deprecation_warnings_once_per_name() {
    let (out, host, _) = run_test(
        "tests['a'] = true; tests['b'] = true; responseCode.code; postman.setNextRequest('X');",
    );
    no_error(&out);
    let warns: Vec<_> = host
        .console
        .iter()
        .filter(|(l, _)| *l == ConsoleLevel::Warn)
        .map(|(_, s)| s.clone())
        .collect();
    assert_eq!(
        warns,
        vec![
            "Using \"tests\" is deprecated. Use \"pm.test()\" instead.",
            "Using \"responseCode\" is deprecated. Use \"pm.response.code\" instead.",
            "Using \"postman.setNextRequest\" is deprecated. Use \"pm.execution.setNextRequest()\" instead.",
        ]
    );
    assert_eq!(out.next_request, NextRequest::Name("X".into()));
}

#[test]
fn legacy_variable_functions() {
    let mut sb = sandbox();
    let mut scopes = Scopes::default();
    scopes.environment.set("old", json!("v"));
    scopes.globals.set("g1", json!(1));
    scopes.data.set("row", json!("r"));
    let mut host = FakeHost::default();
    let out = run_in(
        &mut sb,
        ScriptKind::PreRequest,
        "postman.setEnvironmentVariable('n', 5);\n\
         postman.setGlobalVariable('gb', true);\n\
         console.log(environment.old, globals.g1, data.row, postman.getEnvironmentVariable('n'), typeof postman.getEnvironmentVariable('n'));\n\
         postman.clearEnvironmentVariable('old');\n\
         postman.clearGlobalVariables();\n\
         console.log(environment.old, environment.n);",
        &mut scopes,
        &mut host,
    );
    no_error(&out);
    let lines: Vec<_> = host
        .console
        .iter()
        .filter(|(l, _)| *l == ConsoleLevel::Log)
        .map(|(_, s)| s.clone())
        .collect();
    assert_eq!(lines, vec!["v 1 r 5 string", "undefined 5"]);
    assert_eq!(scopes.environment.get("n"), Some(&json!("5")));
    assert_eq!(scopes.environment.get("old"), None);
    assert!(scopes.globals.is_empty());
}

#[test]
fn response_legacy_globals_are_absent_in_prerequest() {
    let (out, host, _) = run_pre(
        "console.log(typeof responseBody, typeof responseCode, typeof postman.getResponseHeader);",
    );
    no_error(&out);
    let lines: Vec<_> = host
        .console
        .iter()
        .filter(|(l, _)| *l == ConsoleLevel::Log)
        .map(|(_, s)| s.clone())
        .collect();
    assert_eq!(lines, vec!["undefined undefined undefined"]);
}

#[test]
fn use_sandbox2_marker_disables_the_legacy_api() {
    let (out, host, _) = run_test(
        "\"use sandbox2\";\nconsole.log(typeof tests, typeof postman, typeof responseBody, typeof pm.test);",
    );
    no_error(&out);
    assert_eq!(host.lines(), vec!["undefined undefined undefined function"]);
}
