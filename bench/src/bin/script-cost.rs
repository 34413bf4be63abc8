//! Per-script execution cost in the sandbox: one `Sandbox` for the whole process (as one per
//! run in `cogman run`), a typical prerequest and test script executed N times each.

use std::time::{Duration, Instant};

use cogman_bench::{Args, Summary, fail, ms, us};
use cogman_collection::Scopes;
use cogman_sandbox::{
    ConsoleLevel, PmInfo, ResponseData, Sandbox, SandboxOptions, ScriptHost, ScriptInput,
    ScriptKind,
};
use serde_json::{Value, json};

const USAGE: &str = "usage: script-cost [n=20000] [warmup=500]
Runs a typical prerequest and test script n times each in one sandbox and prints
microseconds per execution (mean, p50, p99) as Markdown table rows.";

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

/// Runs one round (prerequest then test); returns the two durations.
fn round(sandbox: &mut Sandbox, scopes: &mut Scopes, i: usize) -> (Duration, Duration) {
    let mut host = NoHost;
    let t = Instant::now();
    let pre = sandbox.run(
        input(ScriptKind::PreRequest, PREREQUEST, i, None),
        scopes,
        &mut host,
    );
    let pre_time = t.elapsed();
    if let Some(e) = pre.error {
        fail(&format!("the prerequest script failed: {e}"));
    }
    let order = scopes
        .get("orderId")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string();
    let t = Instant::now();
    let test = sandbox.run(
        input(ScriptKind::Test, TEST, i, Some(response(&order))),
        scopes,
        &mut host,
    );
    let test_time = t.elapsed();
    if let Some(e) = test.error {
        fail(&format!("the test script failed: {e}"));
    }
    if test.assertions.len() != 2 || test.assertions.iter().any(|a| !a.passed) {
        fail(&format!("unexpected assertions: {:?}", test.assertions));
    }
    (pre_time, test_time)
}

fn main() {
    let args = Args::from_env(USAGE);
    let n = args.count("n", 20_000);
    let warmup = args.count("warmup", 500);

    let t = Instant::now();
    let mut sandbox = match Sandbox::new(SandboxOptions::default()) {
        Ok(s) => s,
        Err(e) => fail(&e.to_string()),
    };
    let create = t.elapsed();
    let mut scopes = Scopes::default();

    for i in 0..warmup {
        round(&mut sandbox, &mut scopes, i);
    }
    let mut pre = Vec::with_capacity(n);
    let mut test = Vec::with_capacity(n);
    let cpu_before = cogman_bench::thread_cpu();
    let t = Instant::now();
    for i in 0..n {
        let (p, s) = round(&mut sandbox, &mut scopes, warmup + i);
        pre.push(p);
        test.push(s);
    }
    let wall = t.elapsed();
    let cpu = cogman_bench::cpu_per_op(cpu_before, cogman_bench::thread_cpu(), 2 * n);
    let cpu = cogman_bench::or_na(cpu, us);

    let pre = Summary::of(&mut pre);
    let test = Summary::of(&mut test);
    println!("| measurement | result |");
    println!("|---|---|");
    println!("| sandbox creation (once per run) | {} ms |", ms(create));
    for (name, s) in [("prerequest script", pre), ("test script", test)] {
        println!(
            "| {name}, per execution ({} runs) | mean {} µs, p50 {} µs, p99 {} µs |",
            s.count,
            us(s.mean),
            us(s.p50),
            us(s.p99)
        );
    }
    println!(
        "| both scripts, CPU per execution | {cpu} µs ({} executions in {} s) |",
        2 * n,
        format_args!("{:.2}", wall.as_secs_f64())
    );
}
