//! Memory stays flat as a run grows: a script must leave nothing behind in the engine.
//!
//! Reference counting frees a script's objects when it ends, unless they form a cycle; cycles
//! wait for a full collection, which the sandbox runs rarely (its threshold is tens of MiB).
//! So the heap is compared as scripts leave it, without forcing a collection: a cycle created
//! per script shows up as steady growth (it did: about 2 KB for each `pm.response` built).
//! A final collection then checks that nothing is held for good (a cache or global list).
//! These are memory bounds, not timings.
mod common;
use common::*;

use cogman_collection::Scopes;
use cogman_sandbox::{HeapUsage, ScriptKind};

/// Allowed drift between the measurements: far below one leaked object graph per script.
const SLACK_BYTES: u64 = 64 * 1024;
const SLACK_OBJECTS: u64 = 64;

struct Growth {
    base: HeapUsage,
    end: HeapUsage,
    after_gc: HeapUsage,
}

/// Runs `total` scripts (cycling through `scripts`, each with a fresh JSON response, as in
/// the iterations of a run) and measures the heap after `warmup` of them and at the end.
fn growth(scripts: &[(ScriptKind, &str)], warmup: usize, total: usize) -> Growth {
    let mut sb = sandbox();
    let mut scopes = Scopes::default();
    let mut host = FakeHost {
        jar: Some(vec![]),
        ..FakeHost::default()
    };
    let mut base = None;
    for i in 0..total {
        let (kind, src) = scripts[i % scripts.len()];
        let mut inp = input(kind, src);
        inp.info.iteration = i;
        if kind == ScriptKind::Test {
            let body = format!(
                "{{\"ok\":true,\"i\":{i},\"items\":[1,2,3],\"user\":{{\"name\":\"ann\"}}}}"
            );
            inp.response = Some(json_response(200, &body));
        }
        let out = sb.run(inp, &mut scopes, &mut host);
        assert!(out.error.is_none(), "{src}: {:?}", out.error);
        assert!(
            out.assertions.iter().all(|a| a.passed),
            "{src}: {:?}",
            out.assertions
        );
        // The host's own records are not the engine's memory.
        host.console.clear();
        host.events.clear();
        host.requests.clear();
        if i + 1 == warmup {
            base = Some(sb.heap_usage());
        }
    }
    let end = sb.heap_usage();
    sb.collect_garbage();
    let after_gc = sb.heap_usage();
    Growth {
        base: base.unwrap_or(end),
        end,
        after_gc,
    }
}

fn assert_flat(what: &str, g: &Growth) {
    let grew = |a: u64, b: u64| b.saturating_sub(a);
    assert!(
        grew(g.base.bytes, g.end.bytes) <= SLACK_BYTES
            && grew(g.base.objects, g.end.objects) <= SLACK_OBJECTS,
        "{what}: the heap grew from {:?} to {:?} without a collection \
         (objects left in reference cycles by each script)",
        g.base,
        g.end
    );
    assert!(
        grew(g.base.bytes, g.after_gc.bytes) <= SLACK_BYTES
            && grew(g.base.objects, g.after_gc.objects) <= SLACK_OBJECTS,
        "{what}: the heap grew from {:?} to {:?} even after a collection (objects kept alive)",
        g.base,
        g.after_gc
    );
}

/// The reported case: a collection whose test script parses the response.
#[test]
fn response_json_leaves_the_heap_flat() {
    let g = growth(
        &[(
            ScriptKind::Test,
            "var data = pm.response.json(); pm.test('ok', function () { pm.expect(data.ok).to.be.true; });",
        )],
        500,
        3000,
    );
    assert_flat("pm.response.json()", &g);
}

/// Each feature alone, so a failure names the one that leaks.
#[test]
fn pm_features_leave_the_heap_flat() {
    use ScriptKind::{PreRequest, Test};
    let cases: &[(ScriptKind, &str)] = &[
        (Test, "pm.response.json();"),
        (
            Test,
            "pm.response.text(); pm.response.size(); pm.response.cookies.get('sid');",
        ),
        (
            Test,
            "pm.response.headers.get('X-Trace'); pm.response.headers.toObject(); \
             pm.response.headers.each(function (h) { return h.key; });",
        ),
        (
            Test,
            "try { JSON.parse(pm.response.text() + '}'); } catch (e) {} \
             try { pm.response.jsonp(); } catch (e) {}",
        ),
        (
            Test,
            "pm.test('status', function () { pm.response.to.have.status(200); \
             pm.response.to.have.header('X-Trace'); pm.response.to.be.json; });",
        ),
        (
            Test,
            "pm.test('chains', function () { pm.expect([1, 2]).to.be.an('array').that.includes(2); \
             pm.expect('abc').to.have.lengthOf(3).and.contain('b'); });",
        ),
        (
            Test,
            "pm.test('schema', function () { pm.response.to.have.jsonSchema({ type: 'object', \
             required: ['ok'] }); });",
        ),
        (
            Test,
            "pm.test('async', async function () { await Promise.resolve(1); }); \
             setTimeout(function () { pm.test('later', function () {}); }, 1);",
        ),
        (
            Test,
            "pm.sendRequest('http://127.0.0.1:9/x', function (err, res) { \
             pm.test('callback', function () { pm.expect(res.json().echo).to.be.an('object'); }); });",
        ),
        (
            Test,
            "pm.sendRequest('http://127.0.0.1:9/y').then(function (res) { res.headers.get('X-Trace'); });",
        ),
        (
            Test,
            "pm.cookies.jar().getAll('http://127.0.0.1:9/', function (err, list) { pm.test('jar', function () {}); });",
        ),
        (
            Test,
            "tests['legacy'] = responseCode.code === 200; var j = JSON.parse(responseBody); \
             postman.setEnvironmentVariable('i', j.i);",
        ),
        (
            PreRequest,
            "pm.request.headers.upsert({ key: 'X-I', value: String(pm.info.iteration) }); \
             pm.request.url.query.add('q=1'); pm.variables.set('v', pm.request.url.toString());",
        ),
    ];
    for case in cases {
        let g = growth(std::slice::from_ref(case), 200, 1200);
        assert_flat(case.1, &g);
    }
}

/// Cycles a script makes itself are garbage for the collector: they must not pile up.
#[test]
fn script_made_cycles_are_collected_before_they_pile_up() {
    let mut sb = sandbox();
    let mut scopes = Scopes::default();
    let mut host = FakeHost::default();
    // About 320 KB per script, reachable only through a cycle: 64 MB over the loop.
    let src = "var a = { big: new Array(20000).fill(pm.info.iteration) }; a.self = a;";
    let mut peak = 0;
    for i in 0..200 {
        let mut inp = input(ScriptKind::Test, src);
        inp.info.iteration = i;
        let out = sb.run(inp, &mut scopes, &mut host);
        assert!(out.error.is_none(), "{:?}", out.error);
        peak = peak.max(sb.heap_usage().bytes);
    }
    assert!(
        peak < 24 * 1024 * 1024,
        "cyclic garbage reached {peak} bytes before a collection"
    );
}
