//! Per-script execution cost in the sandbox: one `Sandbox` for the whole process (as one per
//! run in `cogman run`), a typical prerequest and test script executed N times each.

use std::time::{Duration, Instant};

use cogman_bench::{Args, Summary, cpu_per_op, fail, ms, or_na, thread_cpu, us};
use cogman_collection::Scopes;
use cogman_sandbox::{
    ConsoleLevel, PmInfo, ResponseData, Sandbox, SandboxOptions, ScriptHost, ScriptInput,
    ScriptKind,
};
use serde_json::{Value, json};

const USAGE: &str = "usage: script-cost [n=10000] [warmup=500]
Runs a minimal script, a typical prerequest script, a typical test script and six one-feature
scripts n times each in one sandbox and prints microseconds per execution (CPU, wall mean, p50,
p99) as Markdown rows.";

/// The fixed cost of any script: set-up of `pm` and the scopes, one read, teardown.
const MINIMAL: &str = "pm.variables.get('orderId');";

/// A prerequest script of the kind collections carry: variables, a computed value, a header.
const PREREQUEST: &str = r#"
const n = Number(pm.variables.get("counter") || 0) + 1;
pm.variables.set("counter", n);
pm.variables.set("orderId", "order-" + n);
pm.request.headers.add({ key: "X-Order", value: pm.variables.get("orderId") });
"#;

/// A test script of the kind collections carry: status, JSON body, chai assertions, a write.
const TEST: &str = r#"
pm.test("status is 200", function () {
    pm.response.to.have.status(200);
});
const body = pm.response.json();
pm.test("echoes the order", function () {
    pm.expect(body.json.orderId).to.eql(pm.variables.get("orderId"));
    pm.expect(body.json.items).to.be.an("array").that.has.lengthOf(3);
    pm.expect(body.headers).to.have.property("content-type");
});
pm.environment.set("lastOrder", body.json.orderId);
"#;

/// Scripts here never call `pm.sendRequest` and their console output is dropped.
struct NoHost;

impl ScriptHost for NoHost {
    fn send_request(&mut self, _request: Value) -> Result<ResponseData, String> {
        Err("pm.sendRequest is not available in this benchmark".into())
    }
    fn console(&mut self, _level: ConsoleLevel, _message: String) {}
}

fn request() -> Value {
    json!({
        "method": "POST",
        "url": { "raw": "http://127.0.0.1:9/post", "protocol": "http",
                 "host": ["127", "0", "0", "1"], "port": "9", "path": ["post"] },
        "header": [{ "key": "Content-Type", "value": "application/json" }],
        "body": { "mode": "raw", "raw": "{\"orderId\":\"{{orderId}}\"}" }
    })
}

fn response(order_id: &str) -> ResponseData {
    let body = json!({
        "args": {},
        "data": "",
        "headers": { "content-type": "application/json", "host": "127.0.0.1:9" },
        "json": { "orderId": order_id, "items": [1, 2, 3] },
        "method": "POST",
        "url": "http://127.0.0.1:9/post"
    });
    ResponseData {
        code: 200,
        status: "OK".into(),
        headers: vec![("Content-Type".into(), "application/json".into())],
        body: body.to_string().into_bytes(),
        response_time: 1,
        response_size: 200,
    }
}

fn input(
    kind: ScriptKind,
    source: &str,
    iteration: usize,
    response: Option<ResponseData>,
) -> ScriptInput {
    ScriptInput {
        kind,
        source: source.to_string(),
        source_name: format!("bench ({})", kind.event_name()),
        info: PmInfo {
            event_name: kind.event_name().into(),
            iteration,
            iteration_count: 1,
            request_name: "bench".into(),
            request_id: "bench-id".into(),
        },
        request: request(),
        response,
        cookies: Vec::new(),
    }
}

/// One script under measurement.
struct Case {
    name: &'static str,
    kind: ScriptKind,
    source: &'static str,
    /// Assertions the script must make, all passing.
    assertions: usize,
}

const CASES: [Case; 9] = [
    Case {
        name: "minimal script (one pm.variables.get)",
        kind: ScriptKind::PreRequest,
        source: MINIMAL,
        assertions: 0,
    },
    Case {
        name: "prerequest script",
        kind: ScriptKind::PreRequest,
        source: PREREQUEST,
        assertions: 0,
    },
    Case {
        name: "test script",
        kind: ScriptKind::Test,
        source: TEST,
        assertions: 2,
    },
    // One feature each, to show where the time of the two scripts above goes.
    Case {
        name: "breakdown: pm.environment.set only",
        kind: ScriptKind::PreRequest,
        source: "pm.environment.set('k', 'v');",
        assertions: 0,
    },
    Case {
        name: "breakdown: pm.request.headers.add only",
        kind: ScriptKind::PreRequest,
        source: "pm.request.headers.add({ key: 'X-Bench', value: '1' });",
        assertions: 0,
    },
    Case {
        name: "breakdown: pm.expect(1).to.eql(1) only",
        kind: ScriptKind::PreRequest,
        source: "pm.expect(1).to.eql(1);",
        assertions: 0,
    },
    Case {
        name: "breakdown: empty pm.test only",
        kind: ScriptKind::Test,
        source: "pm.test('t', function () {});",
        assertions: 1,
    },
    Case {
        name: "breakdown: pm.response.json() only",
        kind: ScriptKind::Test,
        source: "pm.response.json();",
        assertions: 0,
    },
    Case {
        name: "breakdown: pm.response.to.have.status(200) only",
        kind: ScriptKind::Test,
        source: "pm.response.to.have.status(200);",
        assertions: 0,
    },
];

/// Runs `case` once and checks it did what it should; returns its wall time.
fn run_once(sandbox: &mut Sandbox, scopes: &mut Scopes, case: &Case, i: usize) -> Duration {
    let response = (case.kind == ScriptKind::Test).then(|| {
        let order = scopes
            .get("orderId")
            .and_then(Value::as_str)
            .unwrap_or_default();
        response(order)
    });
    let input = input(case.kind, case.source, i, response);
    let t = Instant::now();
    let out = sandbox.run(input, scopes, &mut NoHost);
    let elapsed = t.elapsed();
    if let Some(e) = out.error {
        fail(&format!("the {} failed: {e}", case.name));
    }
    if out.assertions.len() != case.assertions || out.assertions.iter().any(|a| !a.passed) {
        fail(&format!(
            "{}: unexpected assertions {:?}",
            case.name, out.assertions
        ));
    }
    elapsed
}

fn main() {
    let args = Args::from_env(USAGE);
    let n = args.count("n", 10_000);
    let warmup = args.count("warmup", 500);

    let t = Instant::now();
    let mut sandbox = match Sandbox::new(SandboxOptions::default()) {
        Ok(s) => s,
        Err(e) => fail(&e.to_string()),
    };
    let create = t.elapsed();
    let mut scopes = Scopes::default();
    // The test script reads the order id the prerequest script sets.
    run_once(&mut sandbox, &mut scopes, &CASES[1], 0);

    println!("| measurement | result |");
    println!("|---|---|");
    println!("| sandbox creation (once per run) | {} ms |", ms(create));
    for case in &CASES {
        for i in 0..warmup {
            run_once(&mut sandbox, &mut scopes, case, i);
        }
        let mut times = Vec::with_capacity(n);
        let cpu_before = thread_cpu();
        for i in 0..n {
            times.push(run_once(&mut sandbox, &mut scopes, case, warmup + i));
        }
        let cpu = or_na(cpu_per_op(cpu_before, thread_cpu(), n), us);
        let s = Summary::of(&mut times);
        println!(
            "| {}, per execution ({} runs) | CPU {cpu} µs; wall mean {} µs, p50 {} µs, p99 {} µs |",
            case.name,
            s.count,
            us(s.mean),
            us(s.p50),
            us(s.p99)
        );
    }
}
