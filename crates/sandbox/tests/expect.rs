//! pm.expect and pm.response.to through the chai-compatible library.
mod common;
use common::*;

#[test]
fn pm_expect_failure_fails_only_that_test_with_chais_message() {
    let (out, _, _) = run_test(
        "pm.test('equal', () => { pm.expect(1).to.equal(2); });\n\
         pm.test('deep', () => { pm.expect({a: 1}).to.eql({a: 1}); });\n\
         pm.test('string', () => { pm.expect('a').to.deep.equal('b'); });",
    );
    no_error(&out);
    let a = &out.assertions;
    assert!(!a[0].passed);
    let e = a[0].error.as_ref().unwrap();
    assert_eq!(
        (e.name.as_str(), e.message.as_str()),
        ("AssertionError", "expected 1 to equal 2")
    );
    assert!(a[1].passed);
    assert_eq!(
        a[2].error.as_ref().unwrap().message,
        "expected 'a' to deeply equal 'b'"
    );
}

#[test]
fn response_assertions() {
    let (out, _, _) = run_test(
        "pm.test('status', () => { pm.response.to.have.status(200); });\n\
         pm.test('status fails', () => { pm.response.to.have.status(404); });\n\
         pm.test('ok', () => { pm.response.to.be.ok; });\n\
         pm.test('not error', () => { pm.response.to.not.be.error; });\n\
         pm.test('header', () => { pm.response.to.have.header('X-Trace', 'abc'); });\n\
         pm.test('json body', () => { pm.response.to.have.jsonBody('user.name', 'ann'); });\n\
         pm.test('expect on response', () => { pm.expect(pm.response).to.have.status(200); });",
    );
    no_error(&out);
    let got: Vec<_> = out
        .assertions
        .iter()
        .map(|a| (a.name.as_str(), a.passed))
        .collect();
    assert_eq!(
        got,
        vec![
            ("status", true),
            ("status fails", false),
            ("ok", true),
            ("not error", true),
            ("header", true),
            ("json body", true),
            ("expect on response", true)
        ],
        "{:?}",
        out.assertions
    );
    assert_eq!(
        out.assertions[1].error.as_ref().unwrap().message,
        "expected response to have status code 404 but got 200"
    );
}

#[test]
fn send_request_responses_support_assertions() {
    let (out, _, _) = run_pre(
        "pm.sendRequest('http://h.test', (err, res) => {\n\
            pm.test('inner', () => { pm.expect(res).to.have.status(200); pm.expect(res.json()).to.have.property('echo'); });\n\
         });",
    );
    no_error(&out);
    assert_eq!(out.assertions.len(), 1);
    assert!(out.assertions[0].passed, "{:?}", out.assertions);
}

#[test]
fn library_globals_and_require() {
    let (out, host, _) = run_test(
        "console.log(typeof _, typeof CryptoJS, typeof moment, typeof require('moment'), typeof require('lodash').get, typeof require('chai').expect);",
    );
    no_error(&out);
    let lines: Vec<_> = host
        .console
        .iter()
        .filter(|(l, _)| *l == cogman_sandbox::ConsoleLevel::Log)
        .map(|(_, s)| s.clone())
        .collect();
    assert_eq!(
        lines,
        vec!["function object undefined function function function"]
    );
}
