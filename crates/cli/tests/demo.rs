//! `cogman demo`: offline, no arguments, nothing written to the working directory.

mod util;

use util::TestDir;

#[test]
fn demo_runs_offline_and_writes_nothing() {
    let t = TestDir::new();
    let run = t.cogman(&["demo"]);
    run.code(0)
        .stdout_has("cogman demo")
        .stdout_has("❏ Basics")
        .stdout_has("↳ Query parameters")
        .stdout_has("[200 OK, ")
        .stdout_has("✓  a fresh uuid was generated")
        .stdout_has("✓  form fields arrive, including the chained id")
        .stdout_has("executed")
        .stdout_lacks("AssertionError")
        .stdout_lacks("[errored]");
    let entries = std::fs::read_dir(t.path()).expect("read dir").count();
    assert_eq!(entries, 0, "demo wrote files{}", run.dump());
}

#[test]
fn demo_accepts_output_flags() {
    let t = TestDir::new();
    let run = t.cogman(&["demo", "--disable-unicode", "--color", "off"]);
    run.code(0)
        .stdout_has("Folder Basics")
        .stdout_lacks("❏")
        .stdout_lacks("\u{1b}[");
}
