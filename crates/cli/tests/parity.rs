//! The parity suite: every collection under `tests/parity/` (repository root) runs under
//! Newman 6.2.2 and under cogman against the same in-process echo server, and the two runs
//! must agree on what matters to a pipeline: exit code, stats, per-execution response codes
//! and request errors, assertion names/outcomes/messages, failures and exported variables.
//!
//! Files for a collection `tests/parity/NAME.postman_collection.json` (all optional but the
//! first): `NAME.postman_environment.json` (`-e`), `NAME.postman_globals.json` (`-g`),
//! `NAME.data.csv` / `NAME.data.json` (`-d`), `NAME.args.json` (extra flags, a JSON array),
//! and `expected/NAME.json`: Newman's outcome, normalised, recorded from a real run.
//!
//! For collections without scripts, the cli report itself is compared too, line by line, once
//! timings, sizes, table padding and the banner word are normalised away: that is Newman's look.
//!
//! Newman comes from `COGMAN_NEWMAN` (the path of the `newman` executable). Without it the
//! suite compares cogman with the recorded outcomes and says that Newman was skipped; on CI
//! (`CI` set) a missing Newman is an error. `COGMAN_PARITY_BLESS=1` rewrites the recorded
//! outcomes from Newman.

mod util;

use std::path::{Path, PathBuf};
use std::process::Command;

use cogman_testkit::EchoServer;
use serde_json::{Map, Value, json};

fn parity_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/parity")
}

/// One collection of the suite and its side files.
struct Case {
    name: String,
    collection: PathBuf,
    extra: Vec<String>,
}

fn cases() -> Vec<Case> {
    let dir = parity_dir();
    let mut cases = Vec::new();
    let Ok(entries) = std::fs::read_dir(&dir) else {
        panic!("cannot list {}", dir.display());
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok()).map(|e| e.path()).collect();
    paths.sort();
    for path in paths {
        let Some(file) = path.file_name().and_then(|f| f.to_str()) else {
            continue;
        };
        let Some(name) = file.strip_suffix(".postman_collection.json") else {
            continue;
        };
        let side = |suffix: &str| {
            let p = dir.join(format!("{name}{suffix}"));
            p.exists().then_some(p)
        };
        let mut extra = Vec::new();
        if let Some(p) = side(".postman_environment.json") {
            extra.push("-e".to_string());
            extra.push(p.display().to_string());
        }
        if let Some(p) = side(".postman_globals.json") {
            extra.push("-g".to_string());
            extra.push(p.display().to_string());
        }
        if let Some(p) = side(".data.csv").or_else(|| side(".data.json")) {
            extra.push("-d".to_string());
            extra.push(p.display().to_string());
        }
        if let Some(p) = side(".args.json") {
            let text = std::fs::read_to_string(&p).unwrap_or_default();
            let args: Vec<String> =
                serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            extra.extend(args);
        }
        cases.push(Case {
            name: name.to_string(),
            collection: path.clone(),
            extra,
        });
    }
    cases
}

/// Runs one tool (`program` is cogman or newman) on a case; returns the normalised outcome.
fn run_tool(program: &Path, case: &Case, base_url: &str, scratch: &Path, tag: &str) -> Value {
    let report = scratch.join(format!("{tag}-report.json"));
    let env_out = scratch.join(format!("{tag}-env.json"));
    let globals_out = scratch.join(format!("{tag}-globals.json"));
    let mut cmd = Command::new(program);
    cmd.arg("run")
        .arg(&case.collection)
        .args(&case.extra)
        .arg("--env-var")
        .arg(format!("baseUrl={base_url}"))
        .args(["-r", "json", "--reporter-json-export"])
        .arg(&report)
        .arg("--export-environment")
        .arg(&env_out)
        .arg("--export-globals")
        .arg(&globals_out)
        .current_dir(scratch)
        .env("NO_COLOR", "1")
        .env_remove("HTTP_PROXY")
        .env_remove("HTTPS_PROXY")
        .env_remove("http_proxy")
        .env_remove("https_proxy");
    let out = cmd
        .output()
        .unwrap_or_else(|e| panic!("cannot start {}: {e}", program.display()));
    let code = out.status.code().unwrap_or(-1);
    let read = |p: &Path| -> Value {
        std::fs::read_to_string(p)
            .ok()
            .and_then(|t| serde_json::from_str(&t).ok())
            .unwrap_or(Value::Null)
    };
    let report = read(&report);
    if report.is_null() {
        return json!({
            "exitCode": code,
            "error": "no json report was written",
            "stderr": String::from_utf8_lossy(&out.stderr),
        });
    }
    let mut outcome = normalise(&report, code, &read(&env_out), &read(&globals_out));
    // The echo server's port changes from run to run.
    let text = outcome.to_string().replace(base_url, "{{baseUrl}}");
    outcome = serde_json::from_str(&text).unwrap_or(outcome);
    outcome
}

fn counter(stats: &Value, key: &str) -> Value {
    json!([stats[key]["total"], stats[key]["failed"]])
}

fn variables(doc: &Value) -> Value {
    let mut map = Map::new();
    if let Some(values) = doc["values"].as_array() {
        for v in values {
            if let Some(k) = v["key"].as_str() {
                map.insert(k.to_string(), v["value"].clone());
            }
        }
    }
    Value::Object(map)
}

/// Keeps what the suite compares and drops what legitimately differs (ids, timings, sizes,
/// header order, user agent).
fn normalise(report: &Value, code: i32, env: &Value, globals: &Value) -> Value {
    let run = &report["run"];
    let stats = &run["stats"];
    let executions: Vec<Value> = run["executions"]
        .as_array()
        .map(|list| {
            list.iter()
                .map(|e| {
                    let assertions: Vec<Value> = e["assertions"]
                        .as_array()
                        .map(|a| {
                            a.iter()
                                .map(|a| {
                                    json!({
                                        "assertion": a["assertion"],
                                        "skipped": a["skipped"],
                                        "error": a["error"]["message"],
                                    })
                                })
                                .collect()
                        })
                        .unwrap_or_default();
                    json!({
                        "item": e["item"]["name"],
                        "iteration": e["cursor"]["iteration"],
                        "code": e["response"]["code"],
                        "requestError": e.get("requestError").is_some_and(|v| !v.is_null()),
                        "assertions": assertions,
                        "testScriptErrors": e["testScript"].as_array().map_or(0, Vec::len),
                        "prerequestScriptErrors": e["prerequestScript"].as_array().map_or(0, Vec::len),
                    })
                })
                .collect()
        })
        .unwrap_or_default();
    let failures: Vec<Value> = run["failures"]
        .as_array()
        .map(|list| {
            list.iter()
                .map(|f| {
                    json!({
                        "at": f["at"],
                        "source": f["source"]["name"],
                        "message": f["error"]["message"],
                    })
                })
                .collect()
        })
        .unwrap_or_default();
    json!({
        "exitCode": code,
        "stats": {
            "iterations": counter(stats, "iterations"),
            "items": counter(stats, "items"),
            "requests": counter(stats, "requests"),
            "testScripts": counter(stats, "testScripts"),
            "prerequestScripts": counter(stats, "prerequestScripts"),
            "assertions": counter(stats, "assertions"),
        },
        "executions": executions,
        "failures": failures,
        "environment": variables(env),
        "globals": variables(globals),
    })
}

fn pretty(v: &Value) -> String {
    serde_json::to_string_pretty(v).unwrap_or_default()
}

/// Every differing JSON path between two values, for a readable failure message.
fn differences(a: &Value, b: &Value, path: &str, out: &mut Vec<String>) {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            let mut keys: Vec<&String> = x.keys().chain(y.keys()).collect();
            keys.dedup();
            let mut seen = std::collections::BTreeSet::new();
            for key in keys {
                if !seen.insert(key) {
                    continue;
                }
                let (va, vb) = (
                    x.get(key).unwrap_or(&Value::Null),
                    y.get(key).unwrap_or(&Value::Null),
                );
                differences(va, vb, &format!("{path}.{key}"), out);
            }
        }
        (Value::Array(x), Value::Array(y)) => {
            for i in 0..x.len().max(y.len()) {
                let (va, vb) = (
                    x.get(i).unwrap_or(&Value::Null),
                    y.get(i).unwrap_or(&Value::Null),
                );
                differences(va, vb, &format!("{path}[{i}]"), out);
            }
        }
        _ if a == b => {}
        _ => out.push(format!("{path}: newman {a} vs cogman {b}")),
    }
}

/// Differences that are known and tracked, from `tests/parity/known-differences.json`:
/// `{"case": {"$.json.path": "why"}}`. They are reported but do not fail the suite.
fn known_differences() -> Value {
    let path = parity_dir().join("known-differences.json");
    std::fs::read_to_string(&path)
        .ok()
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or(Value::Null)
}

/// Runs one tool with the cli reporter only and returns its stdout, normalised.
fn cli_report(program: &Path, case: &Case, base_url: &str, scratch: &Path) -> String {
    let out = Command::new(program)
        .arg("run")
        .arg(&case.collection)
        .args(&case.extra)
        .arg("--env-var")
        .arg(format!("baseUrl={base_url}"))
        .args(["--color", "off"])
        .current_dir(scratch)
        .env_remove("HTTP_PROXY")
        .env_remove("HTTPS_PROXY")
        .env_remove("http_proxy")
        .env_remove("https_proxy")
        .output()
        .unwrap_or_else(|e| panic!("cannot start {}: {e}", program.display()));
    normalise_cli(&String::from_utf8_lossy(&out.stdout), base_url)
}

/// Removes what legitimately differs between two cli reports of the same run.
fn normalise_cli(text: &str, base_url: &str) -> String {
    let rules: [(&str, &str); 8] = [
        // Newman colours its failure table even when colour is off.
        (r"\x1b\[[0-9;]*m", ""),
        (r"\A(newman|cogman)\n", "BANNER\n"),
        (r"\d+m \d+(\.\d+)?s\b", "<time>"),
        (r"\d+(\.\d+)?(µs|ms|s)\b", "<time>"),
        (r"\d+(\.\d+)?(B|kB|MB)\b", "<size>"),
        (r"─+", "─"),
        // Newman names no item in a request failure (`inside ""`).
        (r#"inside "[^"]*""#, "inside ITEM"),
        (r"[ \t]+", " "),
    ];
    let mut text = text.replace(base_url, "{{baseUrl}}");
    for (pattern, replacement) in rules {
        let re = regex::Regex::new(pattern).unwrap_or_else(|e| panic!("{pattern}: {e}"));
        text = re.replace_all(&text, replacement).into_owned();
    }
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim_end)
        .filter(|l| !l.is_empty())
        .collect();
    lines.join("\n")
}

/// The first line where two normalised reports differ, with context.
fn first_line_difference(newman: &str, cogman: &str) -> Option<String> {
    let (a, b): (Vec<&str>, Vec<&str>) = (newman.lines().collect(), cogman.lines().collect());
    (0..a.len().max(b.len())).find_map(|i| {
        let (x, y) = (a.get(i).copied(), b.get(i).copied());
        (x != y).then(|| format!("line {}: newman {x:?} vs cogman {y:?}", i + 1))
    })
}

#[test]
fn parity_with_newman() {
    let newman = std::env::var_os("COGMAN_NEWMAN").map(PathBuf::from);
    if newman.is_none() {
        if std::env::var_os("CI").is_some() {
            panic!("COGMAN_NEWMAN is not set: the parity suite needs Newman 6.2.2 on CI");
        }
        eprintln!(
            "parity: COGMAN_NEWMAN is not set, Newman runs skipped; comparing cogman with the recorded Newman outcomes in tests/parity/expected"
        );
    }
    let bless = std::env::var_os("COGMAN_PARITY_BLESS").is_some();
    let cogman = PathBuf::from(env!("CARGO_BIN_EXE_cogman"));
    let server = EchoServer::start();
    let base_url = server.base_url();
    let cases = cases();
    let known = known_differences();
    assert!(
        !cases.is_empty(),
        "no collections in {}",
        parity_dir().display()
    );
    let mut problems = Vec::new();
    for case in &cases {
        let scratch = tempfile::tempdir().expect("temporary directory");
        let expected_path = parity_dir()
            .join("expected")
            .join(format!("{}.json", case.name));
        let expected = match &newman {
            Some(newman) => {
                let outcome = run_tool(newman, case, &base_url, scratch.path(), "newman");
                if bless {
                    let _ = std::fs::create_dir_all(parity_dir().join("expected"));
                    let _ = std::fs::write(&expected_path, pretty(&outcome) + "\n");
                }
                outcome
            }
            None => {
                let text = std::fs::read_to_string(&expected_path).unwrap_or_else(|e| {
                    panic!(
                        "{}: {e} (record it with COGMAN_PARITY_BLESS=1)",
                        expected_path.display()
                    )
                });
                serde_json::from_str(&text)
                    .unwrap_or_else(|e| panic!("{}: {e}", expected_path.display()))
            }
        };
        let got = run_tool(&cogman, case, &base_url, scratch.path(), "cogman");
        let scripted = std::fs::read_to_string(&case.collection)
            .map(|t| t.contains("\"event\""))
            .unwrap_or(true);
        if let (Some(newman), false) = (&newman, scripted) {
            let a = cli_report(newman, case, &base_url, scratch.path());
            let b = cli_report(&cogman, case, &base_url, scratch.path());
            match first_line_difference(&a, &b) {
                Some(diff) => problems.push(format!(
                    "== {} (cli report): {diff}\n-- newman:\n{a}\n-- cogman:\n{b}",
                    case.name
                )),
                None => eprintln!(
                    "parity: {} cli report ok ({} lines)",
                    case.name,
                    a.lines().count()
                ),
            }
        }
        let mut diffs = Vec::new();
        differences(&expected, &got, "$", &mut diffs);
        let known = &known[&case.name];
        let (tolerated, unexpected): (Vec<String>, Vec<String>) = diffs
            .into_iter()
            .partition(|d| known.get(d.split(':').next().unwrap_or_default()).is_some());
        for d in &tolerated {
            eprintln!("parity: {}: known difference {d}", case.name);
        }
        if unexpected.is_empty() {
            eprintln!("parity: {} ok", case.name);
        } else {
            problems.push(format!(
                "== {}:\n{}\n-- newman:\n{}\n-- cogman:\n{}",
                case.name,
                unexpected.join("\n"),
                pretty(&expected),
                pretty(&got)
            ));
        }
    }
    assert!(
        problems.is_empty(),
        "{} of {} parity cases differ:\n{}",
        problems.len(),
        cases.len(),
        problems.join("\n\n")
    );
}
