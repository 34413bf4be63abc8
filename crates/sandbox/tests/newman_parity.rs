//! Script behaviours found by the scripted parity collections (`tests/parity/scripts-*`), each
//! checked here against what Newman 6.2.2 does.
mod common;
use common::*;

use cogman_collection::Scopes;
use cogman_sandbox::ScriptKind;

fn failures(out: &cogman_sandbox::ScriptOutcome) -> Vec<(String, String, String)> {
    out.assertions
        .iter()
        .map(|a| {
            let e = a
                .error
                .clone()
                .unwrap_or_else(|| panic!("{} passed", a.name));
            (a.name.clone(), e.name, e.message)
        })
        .collect()
}

#[test]
fn pm_expect_fail_is_chai_expect_fail() {
    let (out, _, _) = run_test(
        "pm.test('fail', function () { pm.expect.fail('forced failure'); });\n\
         pm.test('default', function () { pm.expect.fail(); });",
    );
    no_error(&out);
    assert_eq!(
        failures(&out),
        vec![
            (
                "fail".into(),
                "AssertionError".into(),
                "forced failure".into()
            ),
            (
                "default".into(),
                "AssertionError".into(),
                "expect.fail()".into()
            ),
        ]
    );
}

#[test]
fn pm_info_properties_are_not_enumerable() {
    let (out, host, _) = run_test(
        "console.log(Object.keys(pm.info).length, JSON.stringify(pm.info), pm.info.requestName, pm.info.requestId);",
    );
    no_error(&out);
    assert_eq!(host.lines(), vec!["0 {} Request req-1"]);
}

#[test]
fn non_errors_failing_a_test_are_assertion_errors_named_after_the_test() {
    let (out, _, _) = run_test(
        "pm.test('a string', function () { throw 'plain'; });\n\
         pm.test('a number', function () { throw 42; });\n\
         pm.test('null', function () { throw null; });\n\
         pm.test('with message', function () { throw {code: 1, message: 'obj msg'}; });\n\
         pm.test('with name', function () { throw {name: 'Custom', message: 'm'}; });\n\
         pm.test('done string', function (done) { done('str'); });\n\
         pm.test('an Error', function () { throw new TypeError('t'); });",
    );
    no_error(&out);
    let want = [
        ("a string", "AssertionError", "a string"),
        ("a number", "AssertionError", "a number"),
        ("null", "AssertionError", "null"),
        ("with message", "AssertionError", "obj msg"),
        ("with name", "Custom", "m"),
        ("done string", "AssertionError", "done string"),
        ("an Error", "TypeError", "t"),
    ];
    let got = failures(&out);
    let got: Vec<(&str, &str, &str)> = got
        .iter()
        .map(|(a, b, c)| (a.as_str(), b.as_str(), c.as_str()))
        .collect();
    assert_eq!(got, want);
}

#[test]
fn legacy_globals_after_a_request_error() {
    let mut sb = sandbox();
    let mut scopes = Scopes::default();
    let mut host = FakeHost::default();
    let mut inp = input(
        ScriptKind::Test,
        "console.log(JSON.stringify(responseCode), responseCode.name, typeof responseTime, typeof responseBody);",
    );
    inp.response = None;
    let out = sb.run(inp, &mut scopes, &mut host);
    no_error(&out);
    // (The first line is the deprecation warning for `responseCode`.)
    assert_eq!(
        host.lines().last().map(String::as_str),
        Some("{} undefined undefined undefined")
    );
}

#[test]
fn response_cookies_are_empty_like_newman() {
    // The response carries `Set-Cookie: sid=42`; Newman 6.2.2 still gives no response cookies.
    let (out, host, _) = run_test(
        "console.log(pm.response.cookies.count(), pm.response.headers.has('set-cookie'));",
    );
    no_error(&out);
    assert_eq!(host.lines(), vec!["0 true"]);
}

#[test]
fn send_request_responses_have_no_chai_to() {
    let (out, host, _) = run_test(
        "pm.sendRequest('http://h.test/', function (err, res) {\n\
           console.log(typeof res.to, res.code);\n\
           pm.test('status', function () { res.to.have.status(200); });\n\
         });\n\
         console.log(typeof pm.response.to);",
    );
    no_error(&out);
    assert_eq!(host.lines(), vec!["object", "undefined 200"]);
    assert_eq!(
        failures(&out),
        vec![(
            "status".into(),
            "TypeError".into(),
            "Cannot read properties of undefined (reading 'have')".into()
        )]
    );
}

#[test]
fn send_request_network_errors_are_plain_node_error_objects() {
    let mut host = FakeHost::default();
    host.replies
        .push_back(Err("connect ECONNREFUSED 127.0.0.1:1".into()));
    host.replies
        .push_back(Err("getaddrinfo ENOTFOUND nowhere.test".into()));
    let mut sb = sandbox();
    let mut scopes = Scopes::default();
    let out = run_in(
        &mut sb,
        ScriptKind::Test,
        "pm.sendRequest('http://127.0.0.1:1/', function (err, res) {\n\
           console.log(JSON.stringify(err), err instanceof Error, err.message, typeof res, res.code);\n\
           pm.sendRequest('http://nowhere.test/', function (err2) { console.log(JSON.stringify(err2)); });\n\
         });",
        &mut scopes,
        &mut host,
    );
    no_error(&out);
    assert_eq!(
        host.lines(),
        vec![
            r#"{"errno":-111,"code":"ECONNREFUSED","syscall":"connect","address":"127.0.0.1","port":1} false undefined object undefined"#,
            r#"{"errno":-3008,"code":"ENOTFOUND","syscall":"getaddrinfo","hostname":"nowhere.test"}"#,
        ]
    );
}

#[test]
fn errors_in_timer_and_send_request_callbacks_are_dropped() {
    let (out, host, _) = run_test(
        "setTimeout(function () { throw new Error('from a timer'); }, 1);\n\
         setTimeout(function () { pm.expect(1).to.equal(2); }, 2);\n\
         pm.sendRequest('http://h.test/', function () {\n\
           pm.sendRequest('http://h.test/', function () { console.log('later callback'); });\n\
           throw new Error('from a callback');\n\
         });\n\
         setTimeout(function () { console.log('later timer'); }, 20);\n\
         pm.test('a test left pending', function (done) { setTimeout(function () { null.x; done(); }, 3); });",
    );
    // Nothing is recorded: no script error, and the test that never called done() is dropped.
    no_error(&out);
    assert!(out.assertions.is_empty(), "{:?}", out.assertions);
    let lines = host.lines();
    assert!(lines.contains(&"later callback".to_string()), "{lines:?}");
    assert!(lines.contains(&"later timer".to_string()), "{lines:?}");
}

#[test]
fn json_parse_is_liquid_json() {
    // Newman 6.2.2's messages for each input, as observed.
    let cases = [
        ("''", "No data, empty input at 1:1\n\n^"),
        ("'{not json'", "Unexpected token 'n' at 1:2\n{not json\n ^"),
        ("'[1,]'", "Trailing comma in array at 1:4\n[1,]\n   ^"),
        ("undefined", "\"undefined\" is not valid JSON"),
        (
            "'{\"a\":1} x'",
            "Unexpected token 'x' at 1:9\n{\"a\":1} x\n        ^",
        ),
        ("'nul'", "Unexpected token 'n' at 1:1\nnul\n^"),
        ("'\"abc'", "Unexpected end of input at 1:5\n\"abc\n    ^"),
        (
            "'{\"a\":\\n  bad}'",
            "No value found for key a at 2:3\n  bad}\n  ^",
        ),
        ("{}", "Unexpected token 'o' at 1:2\n[object Object]\n ^"),
    ];
    for (arg, want) in cases {
        let (out, host, _) = run_test(&format!(
            "try {{ JSON.parse({arg}); }} catch (e) {{ console.log(e.name + '|' + e.message + '|' + (e instanceof SyntaxError)); }}"
        ));
        no_error(&out);
        assert_eq!(
            host.lines(),
            vec![format!("JSONError|{want}|true")],
            "{arg}"
        );
    }
    let (out, host, _) = run_test(
        "console.log(JSON.stringify(JSON.parse('\\ufeff{\"a\":1}')), JSON.parse('123'), JSON.parse.length,\n\
           JSON.stringify(JSON.parse('{\"a\":1}', function (k, v) { return typeof v === 'number' ? v + 1 : v; })));",
    );
    no_error(&out);
    assert_eq!(host.lines(), vec!["{\"a\":1} 123 3 {\"a\":2}"]);
}
