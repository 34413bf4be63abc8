//! The CI examples in `docs/ci/` stay valid: every `cogman run ...` command line in them is
//! extracted, its CI variables are filled in (`${{ matrix.shard }}`, `$CI_NODE_INDEX`, ...),
//! and it is run against a local collection and the echo server. Its reports must appear
//! where the example's upload step looks for them.
//!
//! Flags listed in [`PENDING_FLAGS`] belong to features that are not in the CLI yet. While
//! `cogman run --help` does not list one, it is dropped from the command with a notice (the
//! rest of the command is still checked); once the CLI has it, it is passed through and
//! checked like every other flag.

mod util;

use std::path::Path;
use std::process::Command;

use cogman_testkit::EchoServer;
use serde_json::json;
use util::TestDir;

/// Flags the examples use that another part of the CLI is still adding, with how many values
/// each takes.
const PENDING_FLAGS: &[(&str, usize)] = &[("--shard", 1)];

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

/// Fills in the CI variables the examples use, as job 2 of 4 would see them.
fn substitute(command: &str) -> String {
    command
        .replace("${{ matrix.shard }}", "2")
        .replace("${CI_NODE_INDEX}", "2")
        .replace("${CI_NODE_TOTAL}", "4")
        .replace("$CI_NODE_INDEX", "2")
        .replace("$CI_NODE_TOTAL", "4")
}

fn run_help() -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_cogman"))
        .args(["run", "--help"])
        .output()
        .expect("cogman run --help");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Drops pending flags the CLI does not have yet (with a notice).
fn without_missing_pending_flags(words: Vec<String>, help: &str, file: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut iter = words.into_iter();
    while let Some(word) = iter.next() {
        let flag = word.split('=').next().unwrap_or_default().to_string();
        if let Some((_, values)) = PENDING_FLAGS.iter().find(|(f, _)| *f == flag)
            && !help.contains(&flag)
        {
            eprintln!(
                "notice: {file}: `{flag}` is not in `cogman run --help` yet; checking the command without it"
            );
            if !word.contains('=') {
                for _ in 0..*values {
                    iter.next();
                }
            }
            continue;
        }
        out.push(word);
    }
    out
}

/// A small collection at the path the examples use, with an environment holding the base URL.
fn project(t: &TestDir, base: &str) {
    let items: Vec<serde_json::Value> = (1..=8)
        .map(|n| {
            json!({
                "name": format!("request {n}"),
                "request": {"method": "GET", "url": format!("{{{{baseUrl}}}}/get?n={n}")},
                "event": [{"listen": "test", "script": {"exec": [
                    "pm.test('status is 200', function () { pm.response.to.have.status(200); });"
                ]}}]
            })
        })
        .collect();
    let collection = json!({
        "info": {"name": "API", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
        "item": [{"name": "Smoke", "item": items}]
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

fn check_file(file: &str, expected_reports: &[&str]) {
    let text = std::fs::read_to_string(docs_dir().join(file))
        .unwrap_or_else(|e| panic!("read docs/ci/{file}: {e}"));
    let found = commands(&text);
    assert!(!found.is_empty(), "no `cogman run` command in {file}");
    let help = run_help();
    let server = EchoServer::start();
    for command in found {
        let command = substitute(&command);
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
        let words = without_missing_pending_flags(words, &help, file);
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
        for report in expected_reports {
            let path = t.path().join(report);
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{file}: {report} was not written: {e}"));
            assert!(text.contains("status is 200"), "{file}: {report} is empty");
        }
    }
}

#[test]
fn github_actions_example_commands_run() {
    check_file(
        "github-actions.yml",
        &["reports/junit-2.xml", "reports/report-2.html"],
    );
}

#[test]
fn gitlab_example_commands_run() {
    check_file(
        "gitlab-ci.yml",
        &["reports/junit-2.xml", "reports/report-2.html"],
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
