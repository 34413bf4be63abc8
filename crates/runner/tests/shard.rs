//! `RunOptions::shard`: which top-level items and iterations each shard runs, that the shards
//! of one split are disjoint and together equal the full run, and what an empty shard does.

mod common;

use cogman_cognito::CognitoConfig;
use cogman_runner::{CognitoAuthHeader, CognitoRunConfig, RunOptions, Shard, ShardBy, plan, run};
use cogman_testkit::EchoServer;
use common::{Recorder, coll, collection, go, request_item};
use serde_json::{Value, json};

fn shard(index: usize, count: usize, by: ShardBy) -> Option<Shard> {
    Some(Shard::new(index, count, by).expect("valid shard"))
}

/// Top level: r0, F1 {a, Inner {b}}, r2, F2 {c}, r4, Empty {}.
fn tree(base: &str) -> cogman_collection::Collection {
    collection(coll(vec![
        request_item("r0", "GET", &format!("{base}/get?r=r0")),
        json!({"name": "F1", "item": [
            request_item("a", "GET", &format!("{base}/get?r=a")),
            {"name": "Inner", "item": [request_item("b", "GET", &format!("{base}/get?r=b"))]}
        ]}),
        request_item("r2", "GET", &format!("{base}/get?r=r2")),
        json!({"name": "F2", "item": [request_item("c", "GET", &format!("{base}/get?r=c"))]}),
        request_item("r4", "GET", &format!("{base}/get?r=r4")),
        json!({"name": "Empty", "item": []}),
    ]))
}

fn items_of(c: &cogman_collection::Collection, opts: RunOptions) -> Vec<String> {
    let (summary, rec) = go(c, opts);
    assert!(!summary.has_failures(), "{:?}", summary.failures);
    rec.items_run()
}

#[test]
fn items_split_by_top_level_position_with_folders_whole() {
    let server = EchoServer::start();
    let c = tree(&server.base_url());
    let full = items_of(&c, RunOptions::default());
    assert_eq!(full, vec!["r0", "a", "b", "r2", "c", "r4"]);

    let by = |i, n| {
        items_of(
            &c,
            RunOptions {
                shard: shard(i, n, ShardBy::Items),
                ..RunOptions::default()
            },
        )
    };
    assert_eq!(by(1, 1), full);
    assert_eq!(by(1, 2), vec!["r0", "r2", "r4"]);
    assert_eq!(by(2, 2), vec!["a", "b", "c"]);
    assert_eq!(by(1, 3), vec!["r0", "c"]);
    assert_eq!(by(2, 3), vec!["a", "b", "r4"]);
    // Position 5 is the empty folder: shard 3/3 holds r2 and nothing else runs for it.
    assert_eq!(by(3, 3), vec!["r2"]);

    for n in 1..=8 {
        let mut union = Vec::new();
        for i in 1..=n {
            let got = by(i, n);
            for name in &got {
                assert!(!union.contains(name), "{name} runs in two shards of {n}");
            }
            union.extend(got);
        }
        union.sort();
        let mut expected = full.clone();
        expected.sort();
        assert_eq!(union, expected, "the {n} shards together are the full run");
    }
}

#[test]
fn items_shard_after_folder_selection() {
    let server = EchoServer::start();
    let c = tree(&server.base_url());
    let with = |i, n| {
        items_of(
            &c,
            RunOptions {
                folders: vec!["r4".into(), "F1".into()],
                shard: shard(i, n, ShardBy::Items),
                ..RunOptions::default()
            },
        )
    };
    // --folder F1 r4 selects a, Inner {b} (the folder's children) and r4, in collection order.
    assert_eq!(with(1, 1), vec!["a", "b", "r4"]);
    assert_eq!(with(1, 2), vec!["a", "r4"]);
    assert_eq!(with(2, 2), vec!["b"]);
    assert_eq!(with(3, 3), vec!["r4"]);
}

#[test]
fn iterations_split_and_keep_their_number_and_data_row() {
    let server = EchoServer::start();
    let c = collection(coll(vec![json!({
        "name": "it",
        "request": {"method": "GET", "url": format!("{}/get?v={{{{v}}}}", server.base_url())},
        "event": [{"listen": "test", "script": {"exec": [
            "console.log(pm.info.iteration + ':' + pm.info.iterationCount + ':' + pm.iterationData.get('v'));"
        ]}}]
    })]));
    let rows: Vec<_> = (0..5)
        .map(|k| {
            [("v".to_string(), json!(format!("row{k}")))]
                .into_iter()
                .collect()
        })
        .collect();
    let with = |shard: Option<Shard>| {
        let (summary, rec) = go(
            &c,
            RunOptions {
                iteration_data: rows.clone(),
                shard,
                ..RunOptions::default()
            },
        );
        assert!(!summary.has_failures(), "{:?}", summary.failures);
        let sent: Vec<Value> = rec
            .requests()
            .iter()
            .map(|r| r.body.as_ref().expect("echo body")["args"]["v"].clone())
            .collect();
        (summary.stats.iterations.total, rec.consoles(), sent)
    };

    let (total, consoles, sent) = with(None);
    assert_eq!(total, 5);
    assert_eq!(consoles.len(), 5);
    assert_eq!(sent.len(), 5);

    let (total, consoles, sent) = with(shard(1, 2, ShardBy::Iterations));
    assert_eq!(total, 3);
    assert_eq!(consoles, vec!["0:5:row0", "2:5:row2", "4:5:row4"]);
    assert_eq!(sent, vec![json!("row0"), json!("row2"), json!("row4")]);

    let (total, consoles, _) = with(shard(2, 2, ShardBy::Iterations));
    assert_eq!(total, 2);
    assert_eq!(consoles, vec!["1:5:row1", "3:5:row3"]);

    for n in 1..=6 {
        let mut union = Vec::new();
        for i in 1..=n {
            let (_, got, _) = with(shard(i, n, ShardBy::Iterations));
            for line in &got {
                assert!(!union.contains(line), "{line} runs in two shards of {n}");
            }
            union.extend(got);
        }
        union.sort();
        let mut expected = with(None).1;
        expected.sort();
        assert_eq!(union, expected, "the {n} shards together are the full run");
    }
}

#[test]
fn iteration_shard_runs_every_item() {
    let server = EchoServer::start();
    let c = tree(&server.base_url());
    let got = items_of(
        &c,
        RunOptions {
            iteration_count: Some(3),
            shard: shard(2, 2, ShardBy::Iterations),
            ..RunOptions::default()
        },
    );
    assert_eq!(got, vec!["r0", "a", "b", "r2", "c", "r4"]);
}

#[test]
fn empty_shard_reports_an_empty_run_and_signs_in_to_nothing() {
    let c = collection(coll(vec![
        request_item("one", "GET", "http://127.0.0.1:9/one"),
        request_item("two", "GET", "http://127.0.0.1:9/two"),
    ]));
    // Any sign-in attempt would fail (nothing listens there) and make the run fatal.
    let cognito = Some(CognitoRunConfig {
        config: CognitoConfig {
            client_id: "client".into(),
            username: Some("user".into()),
            password: Some("pw".into()),
            region: Some("us-east-1".into()),
            endpoint: Some(format!("http://127.0.0.1:{}", common::closed_port())),
            ..CognitoConfig::default()
        },
        auth_header: CognitoAuthHeader::Access,
    });
    for (opts, what) in [
        (
            RunOptions {
                shard: shard(3, 4, ShardBy::Items),
                cognito: cognito.clone(),
                ..RunOptions::default()
            },
            "items",
        ),
        (
            RunOptions {
                iteration_count: Some(2),
                shard: shard(4, 4, ShardBy::Iterations),
                cognito: cognito.clone(),
                ..RunOptions::default()
            },
            "iterations",
        ),
    ] {
        let p = plan(&c, &opts).expect("plan");
        assert!(p.is_empty(), "{what}: {p:?}");
        let mut rec = Recorder::default();
        let summary = run(&c, opts, &mut rec).expect("an empty shard is not fatal");
        assert!(!summary.has_failures(), "{what}");
        assert_eq!(summary.stats.requests.total, 0, "{what}");
        assert_eq!(rec.names(), vec!["start", "done"], "{what}");
    }
    // The same sign-in is attempted (and fails) by a shard that has something to run.
    let mut rec = Recorder::default();
    let opts = RunOptions {
        shard: shard(1, 4, ShardBy::Items),
        cognito,
        ..RunOptions::default()
    };
    assert!(run(&c, opts, &mut rec).is_err());
}

#[test]
fn plan_counts_the_share() {
    let c = tree("http://127.0.0.1:9");
    let p = plan(
        &c,
        &RunOptions {
            shard: shard(2, 4, ShardBy::Items),
            iteration_count: Some(3),
            ..RunOptions::default()
        },
    )
    .expect("plan");
    assert_eq!(
        (p.top_level_items, p.selected_items, p.requests),
        (6, 2, 2),
        "F1 (a, b) and the empty folder: {p:?}"
    );
    assert_eq!((p.iterations, p.selected_iterations), (3, 3));
    assert!(!p.is_empty());

    let p = plan(
        &c,
        &RunOptions {
            shard: shard(3, 4, ShardBy::Iterations),
            iteration_count: Some(7),
            ..RunOptions::default()
        },
    )
    .expect("plan");
    assert_eq!((p.requests, p.iterations, p.selected_iterations), (6, 7, 2));

    let err = plan(
        &c,
        &RunOptions {
            folders: vec!["Nope".into()],
            shard: shard(1, 2, ShardBy::Items),
            ..RunOptions::default()
        },
    )
    .expect_err("unknown folder");
    assert_eq!(
        err.to_string(),
        "Unable to find a folder or request: \"Nope\""
    );
}

#[test]
fn set_next_request_to_another_shard_ends_the_iteration() {
    let server = EchoServer::start();
    let base = server.base_url();
    let c = collection(coll(vec![
        json!({"name": "first", "request": {"method": "GET", "url": format!("{base}/get")},
            "event": [{"listen": "test", "script": {"exec": ["pm.execution.setNextRequest('second');"]}}]}),
        request_item("second", "GET", &format!("{base}/get")),
        request_item("third", "GET", &format!("{base}/get")),
    ]));
    // Shard 1/2 holds first and third; "second" is not part of it, as with --folder.
    let got = items_of(
        &c,
        RunOptions {
            shard: shard(1, 2, ShardBy::Items),
            ..RunOptions::default()
        },
    );
    assert_eq!(got, vec!["first"]);
}
