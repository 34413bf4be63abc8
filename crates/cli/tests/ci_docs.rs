//! The CI examples in `docs/ci/` stay valid: every `cogman run ...` command line in them is
//! extracted, its CI variables are filled in (`${{ matrix.shard }}`, `$CI_NODE_INDEX`, ...)
//! for each job of the 4-job matrix, and it is run against a local collection and the echo
//! server. Each job's reports must appear where the example's upload step looks for them,
//! and the jobs' JUnit files together must hold every request exactly once (`--shard`).

mod util;

use std::path::Path;
use std::process::Command;

use cogman_testkit::EchoServer;
use serde_json::json;
use util::TestDir;

/// Jobs in the examples' matrices (`shard: [1, 2, 3, 4]`, `parallel: 4`).
const JOBS: usize = 4;

/// Requests in the test collection.
const REQUESTS: usize = 8;

fn docs_dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/ci")
}

/// The `cogman run` command lines of a CI file: a line containing `cogman run` plus the
/// lines after it that are at least as indented (YAML folded scalars) or follow a trailing
/// `\` (shell continuation in a `run: |` block).
fn commands(text: &str) -> Vec<String> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let Some(start) = line.find("cogman run") else {
            i += 1;
            continue;
        };
        if line.trim_start().starts_with('#') {
            i += 1;
            continue;
        }
        let indent = line.len() - line.trim_start().len();
        let mut parts = vec![line[start..].trim_end().to_string()];
        // A shell block continues with `\`; a folded YAML scalar with equally indented lines.
        let shell = parts[0].ends_with('\\');
        i += 1;
        while i < lines.len() {
            let next = lines[i];
            let next_indent = next.len() - next.trim_start().len();
            let more = if shell {
                parts.last().is_some_and(|p| p.ends_with('\\'))
            } else {
                next_indent >= indent
            };
            if next.trim().is_empty() || !more {
                break;
            }
            parts.push(next.trim().to_string());
            i += 1;
        }
        let joined: Vec<String> = parts
            .iter()
            .map(|p| p.trim_end_matches('\\').trim().to_string())
            .collect();
        out.push(joined.join(" "));
    }
    out
}

/// Fills in the CI variables the examples use, as job `job` of [`JOBS`] would see them.
fn substitute(command: &str, job: usize) -> String {
    let job = job.to_string();
    let total = JOBS.to_string();
    command
        .replace("${{ matrix.shard }}", &job)
        .replace("${CI_NODE_INDEX}", &job)
        .replace("${CI_NODE_TOTAL}", &total)
        .replace("$CI_NODE_INDEX", &job)
        .replace("$CI_NODE_TOTAL", &total)
}

/// A small collection at the path the examples use, with an environment holding the base URL:
/// requests 1 to 6 at the top level and a folder holding requests 7 and 8 (it goes to one
/// shard whole).
fn project(t: &TestDir, base: &str) {
    let request = |n: usize| {
        json!({
            "name": format!("request {n}"),
            "request": {"method": "GET", "url": format!("{{{{baseUrl}}}}/get?n={n}")},
            "event": [{"listen": "test", "script": {"exec": [
                "pm.test('status is 200', function () { pm.response.to.have.status(200); });"
            ]}}]
        })
    };
    let mut items: Vec<serde_json::Value> = (1..=6).map(request).collect();
    items.push(json!({"name": "Orders", "item": [request(7), request(8)]}));
    let collection = json!({
        "info": {"name": "API", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
        "item": items
    });
    t.write(
        "collections/api.postman_collection.json",
        &collection.to_string(),
    );
    let environment = json!({
        "name": "ci",
        "values": [{"key": "baseUrl", "value": base, "enabled": true}]
    });
    t.write(
        "environments/ci.postman_environment.json",
        &environment.to_string(),
    );
    std::fs::create_dir_all(t.path().join("reports")).expect("mkdir reports");
}

/// Runs every `cogman run` command of `file` once per job; `expected_reports` are the report
/// paths with `{job}` for the job number, the first of them a JUnit file.
fn check_file(file: &str, expected_reports: &[&str]) {
    let text = std::fs::read_to_string(docs_dir().join(file))
        .unwrap_or_else(|e| panic!("read docs/ci/{file}: {e}"));
    let found = commands(&text);
    assert!(!found.is_empty(), "no `cogman run` command in {file}");
    let server = EchoServer::start();
    for command in found {
        // Which job ran each request, from the jobs' JUnit files.
        let mut ran_in: Vec<Vec<usize>> = vec![Vec::new(); REQUESTS + 1];
        for job in 1..=JOBS {
            let junit = check_job(file, &command, job, &server, expected_reports);
            for (n, jobs) in ran_in.iter_mut().enumerate().skip(1) {
                // `<testsuite name="request 3" ...>`, `<testsuite name="Orders / request 7" ...>`
                if junit.contains(&format!("request {n}\" tests=")) {
                    jobs.push(job);
                }
            }
        }
        for (n, jobs) in ran_in.iter().enumerate().skip(1) {
            assert_eq!(
                jobs.len(),
                1,
                "{file}: request {n} ran in jobs {jobs:?}, expected exactly one: {command}"
            );
        }
        assert_eq!(
            ran_in[7], ran_in[8],
            "{file}: the Orders folder is split over jobs"
        );
    }
}

/// Runs one job's command line; returns its JUnit report.
fn check_job(
    file: &str,
    command: &str,
    job: usize,
    server: &EchoServer,
    expected_reports: &[&str],
) -> String {
    let command = substitute(command, job);
    assert!(
        !command.contains('$'),
        "{file}: unsubstituted variable in {command:?}"
    );
    let words: Vec<String> = command.split_whitespace().map(str::to_string).collect();
    assert_eq!(
        words.first().map(String::as_str),
        Some("cogman"),
        "{command}"
    );
    let t = TestDir::new();
    project(&t, &server.base_url());
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_cogman"));
    // In CI these come from the secret store; this run signs in to nothing.
    for (key, _) in std::env::vars_os() {
        if key.to_string_lossy().starts_with("COGMAN_COGNITO_") {
            cmd.env_remove(key);
        }
    }
    let out = cmd
        .args(&words[1..])
        .current_dir(t.path())
        .env_remove("GITHUB_ACTIONS")
        .env_remove("GITHUB_STEP_SUMMARY")
        .env_remove("HTTP_PROXY")
        .env_remove("HTTPS_PROXY")
        .env_remove("http_proxy")
        .env_remove("https_proxy")
        .output()
        .expect("run the example command");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{file}: `{}` failed:\n{}\n{}",
        words.join(" "),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let mut junit = String::new();
    for report in expected_reports {
        let report = report.replace("{job}", &job.to_string());
        let path = t.path().join(&report);
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("{file}: {report} was not written: {e}"));
        assert!(text.contains("status is 200"), "{file}: {report} is empty");
        if junit.is_empty() {
            junit = text;
        }
    }
    junit
}

#[test]
fn github_actions_example_commands_run() {
    check_file(
        "github-actions.yml",
        &["reports/junit-{job}.xml", "reports/report-{job}.html"],
    );
}

#[test]
fn gitlab_example_commands_run() {
    check_file(
        "gitlab-ci.yml",
        &["reports/junit-{job}.xml", "reports/report-{job}.html"],
    );
}

/// The upload steps look where the commands write.
#[test]
fn examples_upload_what_they_write() {
    let gh = std::fs::read_to_string(docs_dir().join("github-actions.yml")).unwrap_or_default();
    assert!(gh.contains("path: reports/"), "artifact upload path");
    assert!(
        gh.contains("report_paths: reports/junit-*.xml"),
        "junit publish path"
    );
    assert!(gh.contains("if: always()"), "reports kept for failed runs");
    for var in [
        "COGMAN_COGNITO_CLIENT_ID",
        "COGMAN_COGNITO_USERNAME",
        "COGMAN_COGNITO_PASSWORD",
    ] {
        assert!(
            gh.contains(&format!("{var}: ${{{{ ")),
            "{var} from the store"
        );
    }
    assert!(
        gh.contains("COGMAN_COGNITO_PASSWORD: ${{ secrets."),
        "the password comes from secrets"
    );
    let gl = std::fs::read_to_string(docs_dir().join("gitlab-ci.yml")).unwrap_or_default();
    assert!(
        gl.contains("junit: reports/junit-*.xml"),
        "gitlab junit report"
    );
    assert!(gl.contains("when: always"), "reports kept for failed jobs");
    assert!(gl.contains("parallel: 4"), "sharded");
}

/// The examples are YAML (checked with Python's yaml module when it is there).
#[test]
fn examples_are_yaml() {
    let probe = Command::new("python3").args(["-c", "import yaml"]).output();
    if !probe.is_ok_and(|o| o.status.success()) {
        eprintln!("notice: skipping the YAML syntax check: python3 with the yaml module not found");
        return;
    }
    for file in ["github-actions.yml", "gitlab-ci.yml"] {
        let out = Command::new("python3")
            .args(["-c", "import sys, yaml; yaml.safe_load(open(sys.argv[1]))"])
            .arg(docs_dir().join(file))
            .output()
            .expect("python3");
        assert!(
            out.status.success(),
            "{file} is not valid YAML: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn extraction_handles_both_styles() {
    let gh = "      - run: |\n          mkdir -p r\n          cogman run c.json \\\n            -r junit \\\n            --x y\n\n      - name: next\n";
    assert_eq!(commands(gh), vec!["cogman run c.json -r junit --x y"]);
    let gl = "  script:\n    - >\n      cogman run c.json\n      -r cli\n  artifacts:\n";
    assert_eq!(commands(gl), vec!["cogman run c.json -r cli"]);
}
