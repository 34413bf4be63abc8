//! Shared helpers for the integration tests: run the `cogman` binary in a scratch directory
//! and compare its output, printing everything when an expectation fails.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

/// A scratch directory plus a `cogman` command that runs inside it.
pub struct TestDir {
    dir: tempfile::TempDir,
}

impl TestDir {
    pub fn new() -> TestDir {
        TestDir {
            dir: tempfile::tempdir().expect("create a temporary directory"),
        }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Writes `contents` to `name` inside the directory and returns its full path.
    pub fn write(&self, name: &str, contents: &str) -> PathBuf {
        let path = self.dir.path().join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("create fixture directory");
        }
        std::fs::write(&path, contents).expect("write fixture");
        path
    }

    pub fn read(&self, name: &str) -> String {
        std::fs::read_to_string(self.dir.path().join(name))
            .unwrap_or_else(|e| panic!("read {name}: {e}"))
    }

    pub fn read_json(&self, name: &str) -> serde_json::Value {
        let text = self.read(name);
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name} is not JSON: {e}\n{text}"))
    }

    /// `cogman <args>` with the directory as working directory and a colour-free environment.
    pub fn cogman(&self, args: &[&str]) -> Run {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_cogman"));
        cmd.args(args)
            .current_dir(self.dir.path())
            .env_remove("CLICOLOR_FORCE")
            .env_remove("CLICOLOR")
            .env_remove("NO_COLOR")
            .env_remove("HTTP_PROXY")
            .env_remove("HTTPS_PROXY")
            .env_remove("http_proxy")
            .env_remove("https_proxy")
            .env_remove("ALL_PROXY");
        Run::from(cmd, args)
    }

    /// Like [`TestDir::cogman`] with extra environment variables.
    pub fn cogman_env(&self, args: &[&str], env: &[(&str, &str)]) -> Run {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_cogman"));
        cmd.args(args)
            .current_dir(self.dir.path())
            .env_remove("CLICOLOR_FORCE")
            .env_remove("NO_COLOR");
        for (k, v) in env {
            cmd.env(k, v);
        }
        Run::from(cmd, args)
    }
}

/// The result of one `cogman` invocation.
pub struct Run {
    pub args: Vec<String>,
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    fn from(mut cmd: Command, args: &[&str]) -> Run {
        let out = cmd.output().expect("spawn cogman");
        Run {
            args: args.iter().map(|s| s.to_string()).collect(),
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    /// Everything about the run, for failure messages.
    pub fn dump(&self) -> String {
        format!(
            "\n--- cogman {:?}\n--- exit code: {}\n--- stdout:\n{}\n--- stderr:\n{}\n---",
            self.args, self.code, self.stdout, self.stderr
        )
    }

    pub fn code(&self, want: i32) -> &Run {
        assert_eq!(self.code, want, "unexpected exit code{}", self.dump());
        self
    }

    pub fn stdout_has(&self, needle: &str) -> &Run {
        assert!(
            self.stdout.contains(needle),
            "stdout lacks {needle:?}{}",
            self.dump()
        );
        self
    }

    /// Like [`Run::stdout_has`] with runs of spaces collapsed to one (table padding varies).
    pub fn stdout_has_squeezed(&self, needle: &str) -> &Run {
        let squeeze = |s: &str| {
            s.split(' ')
                .filter(|p| !p.is_empty())
                .collect::<Vec<_>>()
                .join(" ")
        };
        assert!(
            squeeze(&self.stdout).contains(&squeeze(needle)),
            "stdout lacks {needle:?} (spaces squeezed){}",
            self.dump()
        );
        self
    }

    pub fn stdout_lacks(&self, needle: &str) -> &Run {
        assert!(
            !self.stdout.contains(needle),
            "stdout unexpectedly has {needle:?}{}",
            self.dump()
        );
        self
    }

    pub fn stderr_has(&self, needle: &str) -> &Run {
        assert!(
            self.stderr.contains(needle),
            "stderr lacks {needle:?}{}",
            self.dump()
        );
        self
    }

    /// stderr is exactly one line (the "one clear line" rule for errors).
    pub fn one_error_line(&self) -> &Run {
        let lines: Vec<&str> = self.stderr.lines().filter(|l| !l.is_empty()).collect();
        assert_eq!(lines.len(), 1, "expected one stderr line{}", self.dump());
        assert!(
            lines[0].starts_with("error: "),
            "error line should start with `error: `{}",
            self.dump()
        );
        self
    }

    pub fn stdout_empty(&self) -> &Run {
        assert!(
            self.stdout.is_empty(),
            "stdout should be empty{}",
            self.dump()
        );
        self
    }
}

/// Asserts two values are equal, printing both in full (pretty JSON for JSON) on mismatch.
#[macro_export]
macro_rules! eqnice {
    ($expected:expr, $got:expr $(,)?) => {{
        let expected = &$expected;
        let got = &$got;
        if expected != got {
            panic!(
                "\n==== expected ====\n{:#?}\n==== got ====\n{:#?}\n",
                expected, got
            );
        }
    }};
}

/// A v2.1 collection from a name and a JSON array of items.
pub fn collection(name: &str, items: serde_json::Value) -> String {
    serde_json::json!({
        "info": {
            "name": name,
            "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
        },
        "item": items
    })
    .to_string()
}

/// One GET request item.
pub fn get(name: &str, url: &str) -> serde_json::Value {
    serde_json::json!({"name": name, "request": {"method": "GET", "url": url}})
}
