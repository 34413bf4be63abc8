//! The command line itself: help, version, usage errors, flag values.

mod util;

use cogman_testkit::EchoServer;
use util::{TestDir, collection, get};

#[test]
fn help_and_version_exit_zero() {
    let t = TestDir::new();
    t.cogman(&["--help"]).code(0).stdout_has("run");
    t.cogman(&["run", "--help"])
        .code(0)
        .stdout_has("--iteration-count")
        .stdout_has("--export-environment")
        .stdout_has("--suppress-exit-code");
    t.cogman(&["--version"]).code(0).stdout_has("cogman");
}

#[test]
fn no_command_is_one_line_and_exit_1() {
    let t = TestDir::new();
    t.cogman(&[]).code(1).one_error_line();
}

#[test]
fn unknown_flag_is_one_line_and_exit_1() {
    let t = TestDir::new();
    let c = t.write("c.json", &collection("c", serde_json::json!([])));
    t.cogman(&["run", c.to_str().unwrap(), "--bogus"])
        .code(1)
        .one_error_line()
        .stderr_has("--bogus")
        .stdout_empty();
}

#[test]
fn missing_collection_argument() {
    let t = TestDir::new();
    t.cogman(&["run"])
        .code(1)
        .one_error_line()
        .stderr_has("COLLECTION");
}

#[test]
fn bad_flag_values() {
    let t = TestDir::new();
    let c = t.write("c.json", &collection("c", serde_json::json!([])));
    let c = c.to_str().unwrap();
    t.cogman(&["run", c, "--color", "sometimes"])
        .code(1)
        .one_error_line()
        .stderr_has("auto|on|off");
    t.cogman(&["run", c, "-n", "0"])
        .code(1)
        .one_error_line()
        .stderr_has("positive integer");
    t.cogman(&["run", c, "-n", "two"]).code(1).one_error_line();
    t.cogman(&["run", c, "--timeout-request", "soon"])
        .code(1)
        .one_error_line();
    t.cogman(&["run", c, "--bail", "sometimes"])
        .code(1)
        .one_error_line()
        .stderr_has("folder");
}

#[test]
fn empty_collection_runs_and_prints_the_summary() {
    let t = TestDir::new();
    let c = t.write("c.json", &collection("Empty one", serde_json::json!([])));
    t.cogman(&["run", c.to_str().unwrap()])
        .code(0)
        .stdout_has("Empty one")
        .stdout_has("iterations")
        .stdout_has("executed");
}

#[test]
fn reporter_flags_are_accepted() {
    let server = EchoServer::start();
    let t = TestDir::new();
    let url = format!("{}/get", server.base_url());
    let c = t.write(
        "c.json",
        &collection("c", serde_json::json!([get("one", &url)])),
    );
    let run = t.cogman(&[
        "run",
        c.to_str().unwrap(),
        "--reporter-cli-no-summary",
        "--reporter-cli-no-banner",
        "--reporter-json-export",
        "out.json",
        "--reporter-anything-else=1",
    ]);
    run.code(0).stdout_has("→ one").stdout_lacks("executed");
}

#[test]
fn unknown_reporter_warns_and_runs() {
    let t = TestDir::new();
    let c = t.write("c.json", &collection("c", serde_json::json!([])));
    t.cogman(&["run", c.to_str().unwrap(), "-r", "cli,nosuch"])
        .code(0)
        .stderr_has("could not find \"nosuch\" reporter");
}

#[test]
fn color_on_emits_ansi_and_color_off_does_not() {
    let server = EchoServer::start();
    let t = TestDir::new();
    let url = format!("{}/get", server.base_url());
    let c = t.write(
        "c.json",
        &collection("c", serde_json::json!([get("one", &url)])),
    );
    let c = c.to_str().unwrap();
    let on = t.cogman(&["run", c, "--color", "on"]);
    on.code(0);
    assert!(on.stdout.contains('\u{1b}'), "expected ANSI{}", on.dump());
    let off = t.cogman(&["run", c, "--color", "off"]);
    assert!(
        !off.stdout.contains('\u{1b}'),
        "expected no ANSI{}",
        off.dump()
    );
    // auto: not a terminal, so no colour; CLICOLOR_FORCE forces it, NO_COLOR does not apply
    // to `--color on`.
    let auto = t.cogman(&["run", c]);
    assert!(!auto.stdout.contains('\u{1b}'), "{}", auto.dump());
    let forced = t.cogman_env(&["run", c], &[("CLICOLOR_FORCE", "1")]);
    assert!(forced.stdout.contains('\u{1b}'), "{}", forced.dump());
    let no_color = t.cogman_env(&["run", c, "--color", "on"], &[("NO_COLOR", "1")]);
    assert!(no_color.stdout.contains('\u{1b}'), "{}", no_color.dump());
}

#[test]
fn silent_prints_nothing() {
    let server = EchoServer::start();
    let t = TestDir::new();
    let url = format!("{}/get", server.base_url());
    let c = t.write(
        "c.json",
        &collection("c", serde_json::json!([get("one", &url)])),
    );
    t.cogman(&["run", c.to_str().unwrap(), "--silent"])
        .code(0)
        .stdout_empty();
}

#[test]
fn disable_unicode_uses_plain_symbols() {
    let server = EchoServer::start();
    let t = TestDir::new();
    let url = format!("{}/get", server.base_url());
    let items = serde_json::json!([
        get("root one", &url),
        {"name": "F", "item": [get("inner", &url)]}
    ]);
    let c = t.write("c.json", &collection("c", items));
    let run = t.cogman(&["run", c.to_str().unwrap(), "--disable-unicode"]);
    run.code(0)
        .stdout_has("Root root one")
        .stdout_has("Folder F")
        .stdout_has("Sub-folder inner")
        .stdout_lacks("→")
        .stdout_lacks("┌")
        .stdout_lacks("✓")
        .stdout_has_squeezed("| iterations | 1 | 0 |");
}
