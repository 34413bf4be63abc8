//! Hostile or odd inputs never panic and leave the sandbox usable.
mod common;
use common::*;

use cogman_collection::Scopes;
use cogman_sandbox::{ResponseData, ScriptKind};
use serde_json::json;

#[test]
fn odd_inputs_do_not_panic() {
    let mut sb = sandbox();
    let mut scopes = Scopes::default();
    let mut host = FakeHost::default();
    let sources = [
        "\u{0}\u{1}\u{2}",
        "})(); (function(){",
        "/*",
        "'unterminated",
        "`${",
        "\u{feff}pm.test('bom', () => {});",
        "throw undefined;",
        "throw null;",
        "throw { name: 5, message: {} };",
        "Promise.reject(new Error('unhandled'));",
        "await new Promise(() => {});",
        "pm.test(undefined, undefined); pm.test.skip();",
        "pm.sendRequest({}, (e, r) => console.log(typeof r));",
        "pm.environment.set(undefined, Symbol('x')); pm.environment.set('f', function () {});",
        "pm.execution.setNextRequest({ not: 'a string' });",
        "console.log(pm.request, pm.response, pm.cookies);",
        "var o = {}; o.self = o; console.log(o); pm.environment.set('cyc', o);",
        "Object.defineProperty(globalThis, 'pm', { value: 1 });",
        "globalThis.__cogman = null;",
        "'\u{1F600}'.repeat(1000);",
        &"x".repeat(200_000),
        &"(".repeat(10_000),
    ];
    for src in sources {
        let _ = run_in(&mut sb, ScriptKind::Test, src, &mut scopes, &mut host);
    }
    let mut inp = input(
        ScriptKind::Test,
        "pm.test('binary', () => { pm.response.text(); pm.response.size(); });",
    );
    inp.response = Some(ResponseData {
        code: 999,
        status: String::new(),
        headers: vec![("Set-Cookie".into(), "=;;;".into()), ("".into(), "".into())],
        body: vec![0xff, 0xfe, 0x00, 0xc3],
        response_time: 0,
        response_size: 4,
    });
    inp.request = json!({"url": 5, "header": "not a list", "body": {"mode": "urlencoded", "urlencoded": "a=1&b"}});
    let out = sb.run(inp, &mut scopes, &mut host);
    assert!(out.assertions[0].passed, "{:?}", out.assertions);
    // Still healthy.
    let out = run_in(
        &mut sb,
        ScriptKind::Test,
        "pm.test('after', () => pm.expect(1).to.equal(1));",
        &mut scopes,
        &mut host,
    );
    no_error(&out);
    assert!(out.assertions[0].passed);
}
