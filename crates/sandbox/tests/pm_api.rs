//! The pm API: scopes, request, response, tests, flow control, console, require.
mod common;
use common::*;

use cogman_collection::Scopes;
use cogman_sandbox::{ConsoleLevel, CookieData, NextRequest, ScriptKind};
use serde_json::json;

#[test]
fn scopes_keep_js_types_and_precedence() {
    let mut sb = sandbox();
    let mut scopes = Scopes::default();
    scopes.globals.set("g", json!("global"));
    scopes.globals.set("shared", json!("from-globals"));
    scopes.collection.set("shared", json!("from-collection"));
    scopes.environment.set("shared", json!("from-env"));
    scopes.data.set("row", json!(7));
    let mut host = FakeHost::default();
    let out = run_in(
        &mut sb,
        ScriptKind::PreRequest,
        r#"
        pm.environment.set("num", 42);
        pm.environment.set("flag", true);
        pm.environment.set("obj", {a: [1, 2]});
        pm.globals.set("gs", "x");
        pm.collectionVariables.set("cv", 1.5);
        pm.variables.set("loc", "local");
        console.log(typeof pm.environment.get("num"), pm.environment.get("flag") === true,
            pm.environment.get("obj").a[1]);
        console.log(pm.variables.get("shared"), pm.variables.get("row"), pm.variables.get("g"),
            pm.variables.get("loc"), pm.variables.get("missing"));
        console.log(pm.environment.has("num"), pm.environment.has("nope"), pm.variables.has("g"));
        console.log(JSON.stringify(pm.environment.toObject()));
        console.log(pm.variables.replaceIn("{{shared}}-{{row}}-{{unknown}}"));
        console.log(pm.environment.replaceIn("{{g}}"), pm.globals.replaceIn("{{g}}"));
        console.log(pm.iterationData.get("row"), pm.iterationData.toObject());
        pm.environment.unset("flag");
        pm.globals.clear();
        "#,
        &mut scopes,
        &mut host,
    );
    no_error(&out);
    assert_eq!(
        host.lines(),
        vec![
            "number true 2",
            "from-env 7 global local undefined",
            "true false true",
            r#"{"shared":"from-env","num":42,"flag":true,"obj":{"a":[1,2]}}"#,
            "from-env-7-{{unknown}}",
            "{{g}} global",
            "7 { row: 7 }",
        ]
    );
    assert_eq!(scopes.environment.get("num"), Some(&json!(42)));
    assert_eq!(scopes.environment.get("obj"), Some(&json!({"a": [1, 2]})));
    assert_eq!(scopes.environment.get("flag"), None);
    assert!(scopes.globals.is_empty());
    assert_eq!(scopes.collection.get("cv"), Some(&json!(1.5)));
    assert_eq!(scopes.local.get("loc"), Some(&json!("local")));
}

#[test]
fn replace_in_generates_dynamic_variables() {
    let (out, host, _) = run_pre(
        "console.log(pm.variables.replaceIn('{{$guid}}').length, pm.variables.replaceIn('{{$randomInt}}') !== '{{$randomInt}}');",
    );
    no_error(&out);
    assert_eq!(host.lines(), vec!["36 true"]);
}

#[test]
fn scripts_are_isolated_but_implicit_globals_persist() {
    let mut sb = sandbox();
    let mut scopes = Scopes::default();
    let mut host = FakeHost::default();
    let a = run_in(
        &mut sb,
        ScriptKind::Test,
        "const x = 1; let y = 2; var z = 3; leaked = 'yes';",
        &mut scopes,
        &mut host,
    );
    no_error(&a);
    let b = run_in(
        &mut sb,
        ScriptKind::Test,
        "const x = 10; let y = 20; console.log(x, y, typeof z, leaked);",
        &mut scopes,
        &mut host,
    );
    no_error(&b);
    assert_eq!(host.lines(), vec!["10 20 undefined yes"]);
}

#[test]
fn top_level_return_and_await() {
    let (out, host, _) = run_test(
        "const v = await new Promise(r => setTimeout(() => r(5), 1)); console.log('got', v); return; console.log('unreached');",
    );
    no_error(&out);
    assert_eq!(host.lines(), vec!["got 5"]);
}

#[test]
fn request_mutations_come_back() {
    let (out, _, _) = run_pre(
        r#"
        pm.request.headers.add({key: 'X-One', value: '1'});
        pm.request.headers.upsert({key: 'content-type', value: 'text/plain'});
        pm.request.addHeader({key: 'X-Gone', value: 'x'});
        pm.request.headers.remove('X-Gone');
        pm.request.url.query.add({key: 'extra', value: 'y'});
        pm.request.url.query.remove('page');
        pm.request.method = 'PUT';
        pm.request.body.raw = JSON.stringify({b: 2});
        if (pm.request.url.getHost() !== 'example.test') throw new Error(pm.request.url.getHost());
        if (pm.request.url.getPath() !== '/api/items') throw new Error(pm.request.url.getPath());
        if (pm.request.headers.get('Content-Type') !== 'text/plain') throw new Error('upsert');
        if (!pm.request.headers.has('x-one')) throw new Error('has');
        "#,
    );
    no_error(&out);
    let r = out.request;
    assert_eq!(r["method"], "PUT");
    assert_eq!(
        r["url"]["raw"],
        "http://example.test:8080/api/items?limit=10&extra=y"
    );
    assert_eq!(
        r["header"],
        // Header#update takes the key given to upsert, as postman-collection does.
        json!([{"key": "content-type", "value": "text/plain"}, {"key": "X-One", "value": "1"}])
    );
    assert_eq!(r["body"]["raw"], "{\"b\":2}");
}

#[test]
fn request_url_can_be_replaced_by_a_string() {
    let (out, _, _) =
        run_pre("pm.request.url = 'http://other.test/x?y=1'; pm.request.url.toString();");
    no_error(&out);
    assert_eq!(out.request["url"], "http://other.test/x?y=1");
}

#[test]
fn request_header_helpers() {
    let (out, host, _) = run_pre(
        "console.log(pm.request.headers.toObject(), pm.request.headers.count(), pm.request.url.query.toObject());\n\
         pm.request.headers.each(h => console.log(h.key + '=' + h.value));\n\
         console.log(pm.request.url.getQueryString(), pm.request.url.getPathWithQuery(), pm.request.url.getRemote());\n\
         console.log(pm.request.headers.toString());",
    );
    no_error(&out);
    assert_eq!(
        host.lines(),
        vec![
            "{ 'content-type': 'application/json' } 1 { limit: '10', page: '2' }",
            "Content-Type=application/json",
            "limit=10&page=2 /api/items?limit=10&page=2 example.test:8080",
            "Content-Type: application/json\r\n",
        ]
    );
}

#[test]
fn response_accessors() {
    let (out, host, _) = run_test(
        r#"
        console.log(pm.response.code, pm.response.status, pm.response.reason(), pm.response.responseTime, pm.response.responseSize);
        console.log(pm.response.headers.get('content-type'), pm.response.headers.has('X-Trace'), pm.response.headers.has('nope'));
        console.log(pm.response.json().items.length, pm.response.text().length);
        console.log(pm.response.cookies.get('sid'), pm.response.cookies.has('sid'));
        console.log(JSON.stringify(pm.response.size()));
        console.log(pm.response.headers.toObject()['x-trace']);
        "#,
    );
    no_error(&out);
    let body = "{\"ok\":true,\"items\":[1,2,3],\"user\":{\"name\":\"ann\"}}";
    let header_len = "HTTP/X.X 200 OK\r\n\r\n".len()
        + "Content-Type: application/json; charset=utf-8\r\nX-Trace: abc\r\nSet-Cookie: sid=42; Path=/; HttpOnly\r\n".len();
    assert_eq!(
        host.lines(),
        vec![
            format!("200 OK OK 12 {}", body.len()),
            "application/json; charset=utf-8 true false".to_string(),
            format!("3 {}", body.len()),
            // Newman 6.2.2 gives pm.response no cookies, even with a Set-Cookie header.
            "undefined false".to_string(),
            format!(
                "{{\"body\":{},\"header\":{},\"total\":{}}}",
                body.len(),
                header_len,
                body.len() + header_len
            ),
            "abc".to_string(),
        ]
    );
}

#[test]
fn response_json_parse_error_uses_liquid_json_wording() {
    let mut sb = sandbox();
    let mut scopes = Scopes::default();
    let mut host = FakeHost::default();
    let mut inp = input(ScriptKind::Test, "pm.response.json();");
    inp.response = Some(json_response(200, "<html>oops</html>"));
    let out = sb.run(inp, &mut scopes, &mut host);
    let err = out.error.unwrap();
    assert_eq!(err.name, "JSONError");
    assert_eq!(
        err.message,
        "Unexpected token '<' at 1:1\n<html>oops</html>\n^"
    );
}

#[test]
fn pm_test_sync_failure_is_isolated() {
    let (out, _, _) = run_test(
        "pm.test('a', () => { throw new Error('boom'); });\n\
         pm.test('b', () => {});\n\
         pm.test('c');\n\
         pm.test.skip('d');\n\
         pm.test('e', () => { null.x; });",
    );
    no_error(&out);
    let names: Vec<_> = out
        .assertions
        .iter()
        .map(|a| (a.index, a.name.as_str(), a.passed, a.skipped))
        .collect();
    assert_eq!(
        names,
        vec![
            (0, "a", false, false),
            (1, "b", true, false),
            (2, "c", true, false),
            (3, "d", true, true),
            (4, "e", false, false)
        ]
    );
    assert_eq!(out.assertions[0].error.as_ref().unwrap().message, "boom");
    let e = out.assertions[4].error.as_ref().unwrap();
    assert_eq!(
        (e.name.as_str(), e.message.as_str()),
        ("TypeError", "Cannot read properties of null (reading 'x')")
    );
}

#[test]
fn pm_test_async_done_and_promise() {
    let (out, _, _) = run_test(
        "pm.test('done-later', function (done) { setTimeout(function () { done(); }, 5); });\n\
         pm.test('done-error', function (done) { setTimeout(function () { done(new Error('late')); }, 1); });\n\
         pm.test('promise', async function () { await new Promise(r => setTimeout(r, 2)); });\n\
         pm.test('promise-fails', function () { return Promise.reject(new Error('rejected')); });\n\
         pm.test('sync', function () {});",
    );
    no_error(&out);
    let got: Vec<_> = out
        .assertions
        .iter()
        .map(|a| (a.name.as_str(), a.index, a.passed))
        .collect();
    assert_eq!(
        got,
        vec![
            ("sync", 4, true),
            ("promise-fails", 3, false),
            ("done-error", 1, false),
            ("promise", 2, true),
            ("done-later", 0, true)
        ]
    );
}

#[test]
fn script_errors_have_js_names_and_messages() {
    let (out, _, _) = run_test("var a = ;");
    let e = out.error.unwrap();
    assert_eq!(e.name, "SyntaxError");
    assert!(e.message.starts_with("Unexpected token"), "{}", e.message);

    let (out, _, _) = run_test(
        "pm.test('first', () => {}); throw new Error('thrown here'); pm.test('never', () => {});",
    );
    let e = out.error.unwrap();
    assert_eq!(
        (e.name.as_str(), e.message.as_str()),
        ("Error", "thrown here")
    );
    assert_eq!(out.assertions.len(), 1);

    let (out, _, _) = run_test("undefinedFunction();");
    let e = out.error.unwrap();
    assert_eq!(
        (e.name.as_str(), e.message.as_str()),
        ("ReferenceError", "undefinedFunction is not defined")
    );

    let (out, _, _) = run_test("pm.nothing();");
    let e = out.error.unwrap();
    assert_eq!(e.name, "TypeError");
    assert_eq!(e.message, "pm.nothing is not a function");
}

#[test]
fn set_next_request_and_skip_request() {
    let (out, _, _) = run_test("pm.execution.setNextRequest('Other');");
    assert_eq!(out.next_request, NextRequest::Name("Other".into()));
    let (out, _, _) = run_test("postman.setNextRequest(null);");
    assert_eq!(out.next_request, NextRequest::End);
    let (out, _, _) = run_test("1;");
    assert_eq!(out.next_request, NextRequest::Unchanged);

    let (out, host, scopes) = run_pre(
        "pm.environment.set('before', 1); pm.execution.skipRequest(); pm.environment.set('after', 1); console.log('after');",
    );
    no_error(&out);
    assert!(out.skip_request);
    assert!(host.console.is_empty());
    assert_eq!(scopes.environment.get("before"), Some(&json!(1)));
    assert_eq!(scopes.environment.get("after"), None);

    let (out, _, _) = run_test("pm.execution.skipRequest();");
    let e = out.error.unwrap();
    assert_eq!(
        (e.name.as_str(), e.message.as_str()),
        ("TypeError", "pm.execution.skipRequest is not a function")
    );
    assert!(!out.skip_request);
}

#[test]
fn cookies_and_info() {
    let mut sb = sandbox();
    let mut scopes = Scopes::default();
    let mut host = FakeHost::default();
    let mut inp = input(
        ScriptKind::Test,
        "console.log(pm.cookies.has('a'), pm.cookies.get('a'), pm.cookies.toObject(), pm.cookies.has('zz'));\n\
         console.log(pm.info.eventName, pm.info.iteration, pm.info.iterationCount, pm.info.requestName, pm.info.requestId);",
    );
    inp.cookies = vec![CookieData {
        name: "a".into(),
        value: "1".into(),
        domain: "example.test".into(),
        path: "/".into(),
        ..Default::default()
    }];
    inp.info.iteration = 2;
    inp.info.iteration_count = 3;
    let out = sb.run(inp, &mut scopes, &mut host);
    no_error(&out);
    assert_eq!(
        host.lines(),
        vec!["true 1 { a: '1' } false", "test 2 3 Request req-1"]
    );
}

#[test]
fn console_levels_and_node_formatting() {
    let (out, host, _) = run_test(
        r#"
        console.info('%s is %d years', 'Ann', 42, 'extra');
        console.warn({ nested: { deeper: { deepest: { gone: 1 } } } });
        console.error(new Error('bad thing').message, null, undefined, 1.5, true);
        console.debug([1, 'two', { three: 3 }], 'str');
        console.log('%j and %%', {a: 1});
        console.log(function named() {}, Symbol('s'), -0, [undefined, null]);
        console.log({ 'a-b': 1, long: 'x'.repeat(80) });
        "#,
    );
    no_error(&out);
    let levels: Vec<_> = host.console.iter().map(|c| c.0).collect();
    assert_eq!(
        &levels[..4],
        &[
            ConsoleLevel::Info,
            ConsoleLevel::Warn,
            ConsoleLevel::Error,
            ConsoleLevel::Debug
        ]
    );
    let lines = host.lines();
    assert_eq!(lines[0], "Ann is 42 years extra");
    assert_eq!(lines[1], "{ nested: { deeper: { deepest: [Object] } } }");
    assert_eq!(lines[2], "bad thing null undefined 1.5 true");
    assert_eq!(lines[3], "[ 1, 'two', { three: 3 } ] str");
    assert_eq!(lines[4], "{\"a\":1} and %");
    assert_eq!(
        lines[5],
        "[Function: named] Symbol(s) -0 [ undefined, null ]"
    );
    assert_eq!(
        lines[6],
        format!("{{\n  'a-b': 1,\n  long: '{}'\n}}", "x".repeat(80))
    );
}

#[test]
fn require_known_and_unknown_modules() {
    let (out, _, _) = run_test("require('crypto');");
    let e = out.error.unwrap();
    assert_eq!(
        (e.name.as_str(), e.message.as_str()),
        ("Error", "Cannot find module 'crypto'")
    );
    let (out, _, _) = run_test("require('left-pad');");
    assert_eq!(out.error.unwrap().message, "Cannot find module 'left-pad'");
    let (out, host, _) = run_test(
        "console.log(require('util').format('%s!', 'hi'), typeof require('postman-collection').Request);",
    );
    no_error(&out);
    assert_eq!(host.lines(), vec!["hi! function"]);
}

#[test]
fn response_stream_and_absent_pm_require() {
    let (out, host, _) = run_test(
        "console.log(pm.response.stream.toString() === pm.response.text(), typeof pm.require, typeof pm.visualizer.set);",
    );
    no_error(&out);
    assert_eq!(host.lines(), vec!["true undefined function"]);
}

#[test]
fn typed_and_disabled_variables_follow_the_collection_scopes() {
    use cogman_collection::{ScopeEntry, VariableScope};
    let mut sb = sandbox();
    let mut scopes = Scopes::default();
    let mut env = VariableScope::new();
    env.push_entry(ScopeEntry {
        key: "off".into(),
        value: json!("hidden"),
        kind: None,
        enabled: false,
    });
    env.push_entry(ScopeEntry {
        key: "typed".into(),
        value: json!("1"),
        kind: Some("string".into()),
        enabled: true,
    });
    env.name = Some("Staging".into());
    scopes.environment = env;
    let mut host = FakeHost::default();
    let out = run_in(
        &mut sb,
        ScriptKind::PreRequest,
        "console.log(pm.environment.get('off'), pm.environment.has('off'), pm.environment.name);\n\
         pm.environment.set('typed', 2);\n\
         pm.environment.set('fresh', 3, 'number');",
        &mut scopes,
        &mut host,
    );
    no_error(&out);
    assert_eq!(host.lines(), vec!["undefined false Staging"]);
    // The collection crate casts into the declared type; the disabled entry is kept.
    assert_eq!(scopes.environment.get("typed"), Some(&json!("2")));
    assert_eq!(scopes.environment.get("fresh"), Some(&json!(3)));
    assert_eq!(scopes.environment.entries().len(), 3);
}

#[test]
fn replacing_json_in_a_script_does_not_break_the_sandbox() {
    let mut sb = sandbox();
    let mut scopes = Scopes::default();
    let mut host = FakeHost::default();
    let out = run_in(
        &mut sb,
        ScriptKind::Test,
        "JSON = { parse: null, stringify: null }; pm.environment.set('a', 1);",
        &mut scopes,
        &mut host,
    );
    no_error(&out);
    assert_eq!(scopes.environment.get("a"), Some(&json!(1)));
}
