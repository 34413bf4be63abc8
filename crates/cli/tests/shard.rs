//! `cogman run --shard I/N [--shard-by items|iterations]`: flag parsing, bad values, and the
//! JSON report of every shard of a split against the echo server (disjoint shards whose union
//! is the full run; an empty shard reports an empty run and exits 0).

mod util;

use std::collections::BTreeSet;

use cogman_testkit::EchoServer;
use serde_json::{Value, json};
use util::{TestDir, collection, get};

/// Top level: r1, Folder {f1, f2}, r3, r4, r5; every request has a passing test.
fn project(t: &TestDir, base: &str) {
    let req = |name: &str| {
        let mut item = get(name, &format!("{base}/get?name={name}&it={{{{it}}}}"));
        item["event"] = json!([{"listen": "test", "script": {"exec": [
            "pm.test('ok in ' + pm.info.iteration + '/' + pm.info.iterationCount, function () { pm.response.to.have.status(200); });"
        ]}}]);
        item
    };
    let items = json!([
        req("r1"),
        {"name": "Folder", "item": [req("f1"), req("f2")]},
        req("r3"),
        req("r4"),
        req("r5"),
    ]);
    t.write("c.json", &collection("Sharded", items));
    t.write(
        "data.json",
        &json!([{"it": "a"}, {"it": "b"}, {"it": "c"}, {"it": "d"}]).to_string(),
    );
}

/// `(item name, iteration, echoed data value)` of each execution in a JSON report.
fn executions(report: &Value) -> Vec<(String, u64, String)> {
    report["run"]["executions"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default()
        .iter()
        .map(|e| {
            (
                e["item"]["name"].as_str().unwrap_or_default().to_string(),
                e["cursor"]["iteration"].as_u64().unwrap_or(u64::MAX),
                e["request"]["url"]["query"]
                    .as_array()
                    .and_then(|q| q.iter().find(|p| p["key"] == "it"))
                    .and_then(|p| p["value"].as_str())
                    .unwrap_or_default()
                    .to_string(),
            )
        })
        .collect()
}

fn run_shard(t: &TestDir, extra: &[&str], report: &str) -> Vec<(String, u64, String)> {
    let mut args = vec![
        "run",
        "c.json",
        "-r",
        "json",
        "--reporter-json-export",
        report,
    ];
    args.extend_from_slice(extra);
    let run = t.cogman(&args);
    run.code(0);
    executions(&t.read_json(report))
}

fn names(execs: &[(String, u64, String)]) -> Vec<&str> {
    execs.iter().map(|e| e.0.as_str()).collect()
}

#[test]
fn help_lists_the_flags() {
    let t = TestDir::new();
    t.cogman(&["run", "--help"])
        .code(0)
        .stdout_has("--shard <I/N>")
        .stdout_has("--shard-by <WHAT>");
}

#[test]
fn bad_values_are_one_clear_line() {
    let t = TestDir::new();
    t.write(
        "c.json",
        &collection("C", json!([get("a", "http://127.0.0.1:9/")])),
    );
    for (value, message) in [
        ("0/3", "shard 0 does not exist: shards are numbered 1 to 3"),
        ("4/3", "shard 4 does not exist: shards are numbered 1 to 3"),
        ("a/b", "expected I/N with whole numbers, such as 2/4"),
        ("1/0", "the number of shards must be at least 1"),
        ("-1/3", "expected I/N with whole numbers, such as 2/4"),
        ("3", "expected I/N with whole numbers, such as 2/4"),
    ] {
        t.cogman(&["run", "c.json", "--shard", value])
            .code(1)
            .stdout_empty()
            .one_error_line()
            .stderr_has(&format!("'--shard <I/N>': {message}"));
    }
    t.cogman(&["run", "c.json", "--shard", "1/2", "--shard-by", "requests"])
        .code(1)
        .stdout_empty()
        .one_error_line()
        .stderr_has("expected items or iterations");
    t.cogman(&["run", "c.json", "--shard-by", "iterations"])
        .code(1)
        .stdout_empty()
        .one_error_line()
        .stderr_has("--shard <I/N>");
}

#[test]
fn item_shards_split_top_level_items_and_cover_the_run() {
    let server = EchoServer::start();
    let t = TestDir::new();
    project(&t, &server.base_url());
    let full = run_shard(&t, &[], "full.json");
    assert_eq!(names(&full), vec!["r1", "f1", "f2", "r3", "r4", "r5"]);

    let one = run_shard(&t, &["--shard", "1/2"], "shard-1.json");
    let two = run_shard(&t, &["--shard=2/2"], "shard-2.json");
    assert_eq!(names(&one), vec!["r1", "r3", "r5"]);
    // The folder goes whole.
    assert_eq!(names(&two), vec!["f1", "f2", "r4"]);
    // `--shard-by items` is the default, spelled out.
    let again = run_shard(&t, &["--shard", "2/2", "--shard-by", "items"], "again.json");
    assert_eq!(names(&again), names(&two));

    for n in 1..=7 {
        let mut seen = BTreeSet::new();
        for i in 1..=n {
            let execs = run_shard(
                &t,
                &["--shard", &format!("{i}/{n}")],
                &format!("{i}-{n}.json"),
            );
            for e in execs {
                assert!(
                    seen.insert(e.0.clone()),
                    "{} runs twice with {n} shards",
                    e.0
                );
            }
        }
        let all: BTreeSet<String> = full.iter().map(|e| e.0.clone()).collect();
        assert_eq!(seen, all, "{n} shards together run everything");
    }
}

#[test]
fn item_shards_apply_after_folder() {
    let server = EchoServer::start();
    let t = TestDir::new();
    project(&t, &server.base_url());
    // --folder Folder r4: the folder's children f1, f2 and the request r4 are the top level.
    let args = |s: &'static str| ["--folder", "Folder", "--folder", "r4", "--shard", s];
    assert_eq!(
        names(&run_shard(&t, &args("1/2"), "a.json")),
        vec!["f1", "r4"]
    );
    assert_eq!(names(&run_shard(&t, &args("2/2"), "b.json")), vec!["f2"]);
}

#[test]
fn iteration_shards_keep_iteration_numbers_and_data_rows() {
    let server = EchoServer::start();
    let t = TestDir::new();
    project(&t, &server.base_url());
    let mut all = Vec::new();
    for i in 1..=3 {
        let execs = run_shard(
            &t,
            &[
                "-d",
                "data.json",
                "--shard",
                &format!("{i}/3"),
                "--shard-by",
                "iteration",
            ],
            &format!("it-{i}.json"),
        );
        let iterations: BTreeSet<u64> = execs.iter().map(|e| e.1).collect();
        let expected: BTreeSet<u64> = (0..4).filter(|k| k % 3 == i - 1).collect();
        assert_eq!(iterations, expected, "shard {i}/3");
        for (name, iteration, data) in &execs {
            let row = ["a", "b", "c", "d"][*iteration as usize];
            assert_eq!(
                data, row,
                "{name} in iteration {iteration} sends its own row"
            );
        }
        // Every item runs in each of the shard's iterations.
        assert_eq!(execs.len(), 6 * expected.len());
        let report = t.read(&format!("it-{i}.json"));
        for k in &expected {
            assert!(
                report.contains(&format!("ok in {k}/4")),
                "pm.info of the full run"
            );
        }
        all.extend(execs);
    }
    let full = run_shard(&t, &["-d", "data.json"], "it-full.json");
    all.sort();
    let mut full_sorted = full.clone();
    full_sorted.sort();
    assert_eq!(
        all, full_sorted,
        "the three shards together are the full run"
    );
}

#[test]
fn empty_shard_writes_empty_reports_and_exits_zero() {
    let t = TestDir::new();
    // Nothing listens there: a request sent would fail the run.
    t.write(
        "c.json",
        &collection(
            "Two",
            json!([
                get("a", "http://127.0.0.1:9/a"),
                get("b", "http://127.0.0.1:9/b")
            ]),
        ),
    );
    let run = t.cogman(&[
        "run",
        "c.json",
        "--shard",
        "3/4",
        "-r",
        "cli,json,junit",
        "--reporter-json-export",
        "out/report-3.json",
        "--reporter-junit-export",
        "out/junit-3.xml",
    ]);
    run.code(0).stderr_has(
        "note: shard 3/4 has nothing to run: there are 2 top-level items and shard 3/4 takes those at positions 3, 7, 11, ...",
    );
    assert_eq!(run.stderr.lines().count(), 1, "{}", run.dump());
    let report = t.read_json("out/report-3.json");
    assert_eq!(report["run"]["stats"]["requests"]["total"], 0);
    assert_eq!(report["run"]["executions"], json!([]));
    assert!(t.read("out/junit-3.xml").contains("tests=\"0\""));

    t.cogman(&[
        "run",
        "c.json",
        "-n",
        "2",
        "--shard",
        "3/3",
        "--shard-by",
        "iterations",
    ])
    .code(0)
    .stderr_has("the run has 2 iterations and shard 3/3 takes iterations 3, 6, 9, ...");

    let silent = t.cogman(&["run", "c.json", "--shard", "4/4", "--silent"]);
    silent.code(0).stdout_empty();
    assert!(
        silent.stderr.is_empty(),
        "--silent prints no note{}",
        silent.dump()
    );
}
