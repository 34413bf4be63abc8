//! Time and memory limits.
mod common;
use common::*;

use cogman_collection::Scopes;
use cogman_sandbox::{Sandbox, SandboxOptions, ScriptKind};

#[test]
fn infinite_loop_times_out_with_newman_wording() {
    let mut sb = sandbox_with_timeout(100);
    let mut scopes = Scopes::default();
    let mut host = FakeHost::default();
    let out = run_in(
        &mut sb,
        ScriptKind::Test,
        "pm.test('before', () => {}); while (true) {}",
        &mut scopes,
        &mut host,
    );
    let err = out.error.expect("timeout error");
    assert_eq!(err.name, "Error");
    assert_eq!(err.message, "sandbox: synchronous script execution timeout");
    assert_eq!(out.assertions.len(), 1);
    // The sandbox is reusable afterwards.
    let out = run_in(
        &mut sb,
        ScriptKind::Test,
        "pm.test('after', () => {});",
        &mut scopes,
        &mut host,
    );
    no_error(&out);
    assert_eq!(out.assertions[0].name, "after");
}

#[test]
fn try_catch_cannot_swallow_the_timeout() {
    let mut sb = sandbox_with_timeout(100);
    let mut scopes = Scopes::default();
    let mut host = FakeHost::default();
    let out = run_in(
        &mut sb,
        ScriptKind::Test,
        "try { while (true) {} } catch (e) {} console.log('after');",
        &mut scopes,
        &mut host,
    );
    assert_eq!(
        out.error.unwrap().message,
        "sandbox: synchronous script execution timeout"
    );
    assert!(host.console.is_empty());
}

#[test]
fn catastrophic_regex_times_out() {
    let mut sb = sandbox_with_timeout(200);
    let mut scopes = Scopes::default();
    let mut host = FakeHost::default();
    let src = "/^(a+)+$/.test('a'.repeat(40) + 'b');";
    let out = run_in(&mut sb, ScriptKind::Test, src, &mut scopes, &mut host);
    assert_eq!(
        out.error.unwrap().message,
        "sandbox: synchronous script execution timeout"
    );
}

#[test]
fn pending_interval_times_out_as_asynchronous() {
    let mut sb = sandbox_with_timeout(100);
    let mut scopes = Scopes::default();
    let mut host = FakeHost::default();
    let out = run_in(
        &mut sb,
        ScriptKind::Test,
        "setInterval(function () {}, 10);",
        &mut scopes,
        &mut host,
    );
    assert_eq!(
        out.error.unwrap().message,
        "sandbox: asynchronous script execution timeout"
    );
}

#[test]
fn allocation_bomb_is_a_script_error_not_an_abort() {
    let mut sb = Sandbox::new(SandboxOptions {
        timeout: None,
        memory_limit: 64 * 1024 * 1024,
    })
    .unwrap();
    let mut scopes = Scopes::default();
    let mut host = FakeHost::default();
    let src = "var a = []; while (true) { a.push(new Array(100000).fill('xxxxxxxx')); }";
    let out = run_in(&mut sb, ScriptKind::Test, src, &mut scopes, &mut host);
    let err = out.error.expect("out of memory error");
    assert_eq!(err.name, "RangeError", "{err:?}");
    // Memory is released with the script: the next one runs normally.
    let out = run_in(
        &mut sb,
        ScriptKind::Test,
        "pm.test('ok', () => {}); var s = 'x'.repeat(1000);",
        &mut scopes,
        &mut host,
    );
    no_error(&out);
    assert!(out.assertions[0].passed);
}

#[test]
fn string_bomb_is_a_script_error() {
    let mut sb = Sandbox::new(SandboxOptions {
        timeout: None,
        memory_limit: 64 * 1024 * 1024,
    })
    .unwrap();
    let mut scopes = Scopes::default();
    let mut host = FakeHost::default();
    let src = "var s = 'x'; while (true) { s = s + s; }";
    let out = run_in(&mut sb, ScriptKind::Test, src, &mut scopes, &mut host);
    assert!(out.error.is_some());
}

#[test]
fn deep_recursion_is_a_range_error() {
    let (out, _, _) = run_test("function f() { return f(); } f();");
    let err = out.error.unwrap();
    assert_eq!(err.name, "RangeError");
    assert_eq!(err.message, "Maximum call stack size exceeded");
}

#[test]
fn no_process_fs_or_network_globals() {
    let (out, host, _) = run_test(
        "console.log(typeof process, typeof fetch, typeof XMLHttpRequest, typeof std, typeof os, typeof __cogman);",
    );
    no_error(&out);
    assert_eq!(
        host.lines(),
        vec!["undefined undefined undefined undefined undefined undefined"]
    );
}
