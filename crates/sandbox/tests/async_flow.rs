//! pm.sendRequest, timers and promise jobs: ordering and completion.
mod common;
use common::*;

use cogman_collection::Scopes;
use cogman_sandbox::ScriptKind;
use serde_json::json;

#[test]
fn send_request_callback_runs_after_the_synchronous_code() {
    let (out, host, _) = run_pre(
        "pm.sendRequest('http://h.test/one', function (err, res) { console.log('cb', err, res.code, res.json().echo.method); });\n\
         console.log('sync end');",
    );
    no_error(&out);
    assert_eq!(host.lines(), vec!["sync end", "cb null 200 GET"]);
    assert_eq!(host.requests[0]["url"]["raw"], "http://h.test/one");
}

#[test]
fn send_request_promise_form_and_await() {
    let (out, host, scopes) = run_pre(
        "const res = await pm.sendRequest({url: 'http://h.test/p', method: 'post', body: {mode: 'urlencoded', urlencoded: [{key: 'a', value: '1'}]}});\n\
         pm.environment.set('code', res.code);\n\
         console.log(res.json().echo.method, res.json().echo.body.urlencoded[0].key);",
    );
    no_error(&out);
    assert_eq!(host.lines(), vec!["POST a"]);
    assert_eq!(scopes.environment.get("code"), Some(&json!(200)));
}

#[test]
fn send_request_errors_reach_the_callback_and_reject_the_promise() {
    let mut sb = sandbox();
    let mut scopes = Scopes::default();
    let mut host = FakeHost::default();
    host.replies
        .push_back(Err("connect ECONNREFUSED 127.0.0.1:9".into()));
    host.replies
        .push_back(Err("getaddrinfo ENOTFOUND nowhere.test".into()));
    let out = run_in(
        &mut sb,
        ScriptKind::PreRequest,
        "pm.sendRequest('http://127.0.0.1:9', (err, res) => console.log(err.message, err.code, err.port, typeof res));\n\
         try { await pm.sendRequest('http://nowhere.test'); } catch (e) { console.log('caught', e.code, e.hostname); }",
        &mut scopes,
        &mut host,
    );
    no_error(&out);
    assert_eq!(
        host.lines(),
        vec![
            // Node's error as Newman hands it over: enumerable fields only, no message.
            "undefined ECONNREFUSED 9 object",
            "caught ENOTFOUND nowhere.test"
        ]
    );
}

#[test]
fn nested_send_requests_complete_before_the_script_ends() {
    let (out, host, scopes) = run_pre(
        "pm.sendRequest('http://h.test/1', function () {\n\
            pm.sendRequest('http://h.test/2', function () {\n\
                setTimeout(function () { pm.environment.set('deep', 'done'); }, 3);\n\
            });\n\
         });",
    );
    no_error(&out);
    assert_eq!(host.requests.len(), 2);
    assert_eq!(scopes.environment.get("deep"), Some(&json!("done")));
}

#[test]
fn variables_set_before_a_request_are_visible_to_the_host() {
    // The runner resolves pm.sendRequest variables; writes made earlier in the script must
    // already be in its scopes when the request goes out.
    let mut sb = sandbox();
    let mut scopes = Scopes::default();
    let mut host = FakeHost::default();
    let out = run_in(
        &mut sb,
        ScriptKind::PreRequest,
        "pm.environment.set('token', 't1'); pm.sendRequest('http://h.test/{{token}}', () => {});",
        &mut scopes,
        &mut host,
    );
    no_error(&out);
    assert_eq!(host.requests[0]["url"]["raw"], "http://h.test/{{token}}");
    assert_eq!(scopes.environment.get("token"), Some(&json!("t1")));
}

#[test]
fn timers_fire_in_delay_order_and_clear_works() {
    let (out, host, _) = run_test(
        "setTimeout(() => console.log('t20'), 20);\n\
         setTimeout(() => console.log('t5'), 5);\n\
         const c = setTimeout(() => console.log('cleared'), 1);\n\
         clearTimeout(c);\n\
         setImmediate(() => console.log('immediate'));\n\
         Promise.resolve().then(() => console.log('microtask'));\n\
         let n = 0; const i = setInterval(() => { n++; console.log('tick', n); if (n === 3) clearInterval(i); }, 2);\n\
         console.log('sync');",
    );
    no_error(&out);
    let lines = host.lines();
    assert_eq!(lines[0], "sync");
    assert_eq!(lines[1], "microtask");
    assert!(lines.contains(&"immediate".to_string()));
    let pos = |s: &str| lines.iter().position(|l| l == s).unwrap();
    assert!(pos("tick 1") < pos("tick 2") && pos("tick 2") < pos("tick 3"));
    assert!(pos("t5") < pos("t20"));
    assert!(!lines.contains(&"cleared".to_string()));
    assert_eq!(lines.len(), 8);
}

#[test]
fn errors_in_callbacks_are_dropped_and_other_callbacks_still_run() {
    // Newman 6.2.2 records nothing for an error thrown by a timer callback.
    let (out, host, _) = run_test(
        "setTimeout(() => { throw new RangeError('in timer'); }, 1);\n\
         setTimeout(() => console.log('still runs'), 5);",
    );
    no_error(&out);
    assert_eq!(host.lines(), vec!["still runs"]);
}

#[test]
fn pending_callbacks_still_run_after_a_synchronous_error() {
    let (out, host, scopes) = run_pre(
        "pm.sendRequest('http://h.test', () => pm.environment.set('cb', true));\n\
         throw new Error('after send');",
    );
    assert_eq!(out.error.unwrap().message, "after send");
    assert_eq!(host.requests.len(), 1);
    assert_eq!(scopes.environment.get("cb"), Some(&json!(true)));
}

#[test]
fn timer_callbacks_get_no_arguments_like_postman() {
    let (out, host, _) =
        run_test("setTimeout(function () { console.log(arguments.length); }, 1, 'a', 'b');");
    no_error(&out);
    assert_eq!(host.lines(), vec!["0"]);
}

#[test]
fn nothing_to_request() {
    let (out, host, _) = run_pre("pm.sendRequest(null, (err) => console.log(err.message));");
    no_error(&out);
    assert_eq!(host.lines(), vec!["sendrequest: nothing to request"]);
    assert!(host.requests.is_empty());
}

#[test]
fn console_output_reaches_the_host_before_later_requests() {
    let (out, host, _) = run_pre(
        "console.log('first');\n\
         pm.sendRequest('http://h.test/a', () => {\n\
             console.log('in a');\n\
             pm.sendRequest('http://h.test/b', () => console.log('in b'));\n\
         });\n\
         console.log('sync end');",
    );
    no_error(&out);
    assert_eq!(
        host.events,
        vec![
            "console first",
            "console sync end",
            "request http://h.test/a",
            "console in a",
            "request http://h.test/b",
            "console in b",
        ]
    );
}

#[test]
fn cookie_jar_operations_go_through_the_host() {
    let mut sb = sandbox();
    let mut scopes = Scopes::default();
    let mut host = FakeHost {
        jar: Some(vec![]),
        ..FakeHost::default()
    };
    let out = run_in(
        &mut sb,
        ScriptKind::Test,
        "const jar = pm.cookies.jar();\n\
         jar.set('example.test', 'session', 'abc', (err, cookie) => {\n\
             console.log('set', err, cookie.name, cookie.value);\n\
             jar.get('http://example.test/x', 'session', (err, value) => {\n\
                 console.log('get', err, value);\n\
                 jar.getAll('http://example.test', (err, list) => {\n\
                     console.log('all', list.count(), list.get('session'));\n\
                     jar.unset('http://example.test', 'session', (err) => {\n\
                         jar.get('http://example.test', 'session', (err, v) => console.log('after unset', v));\n\
                     });\n\
                 });\n\
             });\n\
         });\n\
         try { jar.get('', 'x', () => {}); } catch (e) { console.log(e.name, e.message); }",
        &mut scopes,
        &mut host,
    );
    no_error(&out);
    assert_eq!(
        host.lines(),
        vec![
            "TypeError CookieJar.get() requires a valid url",
            "set null session abc",
            "get null abc",
            "all 1 abc",
            "after unset null",
        ]
    );
    assert!(
        host.events
            .iter()
            .any(|e| e.contains("Set { url: \"http://example.test\""))
    );
}

#[test]
fn cookie_jar_without_host_support_reports_an_error_to_the_callback() {
    let (out, host, _) =
        run_test("pm.cookies.jar().getAll('http://a.test', (err) => console.log(err.message));");
    no_error(&out);
    assert_eq!(
        host.lines(),
        vec!["pm.cookies.jar() is not available in this run"]
    );
}
