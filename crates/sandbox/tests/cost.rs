//! Per-script cost check (ignored by default: it prints timings, asserts nothing timed).
mod common;
use common::*;

use cogman_collection::Scopes;
use cogman_sandbox::ScriptKind;
use serde_json::json;

#[test]
#[ignore]
fn per_script_cost() {
    let mut sb = sandbox();
    let mut scopes = Scopes::default();
    for i in 0..20 {
        scopes
            .environment
            .set(&format!("var{i}"), json!(format!("value{i}")));
    }
    let mut host = FakeHost::default();
    let src = "pm.test('status', () => { pm.response.to.have.status(200); }); pm.environment.set('x', pm.response.json().ok);";
    for _ in 0..50 {
        run_in(&mut sb, ScriptKind::Test, src, &mut scopes, &mut host);
    }
    let n = 1000;
    let t = std::time::Instant::now();
    for _ in 0..n {
        let out = run_in(&mut sb, ScriptKind::Test, src, &mut scopes, &mut host);
        assert!(out.assertions[0].passed);
    }
    let per = t.elapsed() / n;
    let t = std::time::Instant::now();
    for _ in 0..n {
        run_in(&mut sb, ScriptKind::Test, "1;", &mut scopes, &mut host);
    }
    eprintln!(
        "per test script: {per:?}; per trivial script: {:?}",
        t.elapsed() / n
    );
}

#[test]
#[ignore]
fn trivial_script_loop() {
    let mut sb = sandbox();
    let mut scopes = Scopes::default();
    let mut host = FakeHost::default();
    let inp = input(ScriptKind::Test, "1;");
    let n = 5000;
    let t = std::time::Instant::now();
    for _ in 0..n {
        sb.run(inp.clone(), &mut scopes, &mut host);
    }
    eprintln!("per trivial test script: {:?}", t.elapsed() / n);
}
