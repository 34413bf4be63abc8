//! The summary table and failure list, drawn from a hand-made `RunSummary`.

use cogman_report::{failure_table, summary_table};
use cogman_runner::{Counter, Cursor, ErrorInfo, Failure, NamedRef, RunSummary};

fn strip(s: &str) -> String {
    let mut out = String::new();
    for chunk in anstream::adapter::strip_str(s) {
        out.push_str(chunk);
    }
    out
}

fn summary() -> RunSummary {
    let mut s = RunSummary::default();
    s.stats.iterations = Counter {
        total: 1,
        pending: 0,
        failed: 0,
    };
    s.stats.requests = Counter {
        total: 4,
        pending: 0,
        failed: 1,
    };
    s.stats.test_scripts = Counter {
        total: 1,
        pending: 0,
        failed: 0,
    };
    s.stats.assertions = Counter {
        total: 2,
        pending: 0,
        failed: 1,
    };
    s.timings.started = 1_000;
    s.timings.completed = 1_128;
    s.timings.response_average = 15.0;
    s.timings.response_min = 3.0;
    s.timings.response_max = 33.0;
    s.timings.response_sd = 12.0;
    s.transfers.response_total = 893;
    s.failures = vec![
        Failure {
            error: ErrorInfo {
                name: "AssertionError".into(),
                message: "expected 1 to equal 2".into(),
                test: Some("fails".into()),
                index: Some(1),
                ..Default::default()
            },
            at: "assertion:1 in test-script".into(),
            source: NamedRef {
                id: "1".into(),
                name: "Root get".into(),
            },
            parent: NamedRef::default(),
            cursor: Cursor {
                cycles: 1,
                ..Default::default()
            },
        },
        Failure {
            error: ErrorInfo {
                name: "Error".into(),
                message: "connect ECONNREFUSED 127.0.0.1:9".into(),
                ..Default::default()
            },
            at: "request".into(),
            source: NamedRef {
                id: "2".into(),
                name: "Refused".into(),
            },
            parent: NamedRef::default(),
            cursor: Cursor {
                cycles: 2,
                iteration: 1,
                ..Default::default()
            },
        },
    ];
    s
}

#[test]
fn summary_table_matches_newman_layout() {
    let got = strip(&summary_table(&summary(), false, false));
    let want = "\
┌─────────────────────────┬──────────────────┬──────────────────┐
│                         │         executed │           failed │
├─────────────────────────┼──────────────────┼──────────────────┤
│              iterations │                1 │                0 │
├─────────────────────────┼──────────────────┼──────────────────┤
│                requests │                4 │                1 │
├─────────────────────────┼──────────────────┼──────────────────┤
│            test-scripts │                1 │                0 │
├─────────────────────────┼──────────────────┼──────────────────┤
│      prerequest-scripts │                0 │                0 │
├─────────────────────────┼──────────────────┼──────────────────┤
│              assertions │                2 │                1 │
├─────────────────────────┴──────────────────┴──────────────────┤
│ total run duration: 128ms                                     │
├───────────────────────────────────────────────────────────────┤
│ total data received: 893B (approx)                            │
├───────────────────────────────────────────────────────────────┤
│ average response time: 15ms [min: 3ms, max: 33ms, s.d.: 12ms] │
└───────────────────────────────────────────────────────────────┘
";
    assert_eq!(got, want, "\n{got}");
}

#[test]
fn summary_table_ascii_fallback() {
    let got = strip(&summary_table(&summary(), true, false));
    assert!(got.is_ascii(), "{got}");
    assert!(got.contains("|              iterations |"), "{got}");
    assert!(got.contains("+"), "{got}");
}

#[test]
fn failure_list_numbers_and_details() {
    let got = strip(&failure_table(&summary()));
    let want = "  #  failure         detail

 1.  AssertionError  fails
                     expected 1 to equal 2
                     at assertion:1 in test-script
                     inside \"Root get\"

 2.  Error
     iteration: 2    connect ECONNREFUSED 127.0.0.1:9
                     at request
                     inside \"Refused\"
";
    assert_eq!(got, want, "\n{got}");
}

#[test]
fn failure_numbers_are_zero_padded_like_newman() {
    let mut s = summary();
    let first = s.failures[0].clone();
    s.failures = vec![first; 10];
    let got = strip(&failure_table(&s));
    assert!(got.contains("\n 01.  AssertionError"), "{got}");
    assert!(got.contains("\n 10.  AssertionError"), "{got}");
}
