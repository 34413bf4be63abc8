//! The `junit` reporter: the run as JUnit XML for CI test-result readers (GitHub Actions
//! test-report actions, GitLab `artifacts:reports:junit`, Jenkins `junit`).
//!
//! Structure, after Newman 6.2.2's junit reporter:
//!
//! ```text
//! <testsuites name="<collection>" tests=.. failures=.. errors=.. time="<sum of response times>">
//!   <testsuite name="Folder / Request" id="<item id>" timestamp="<run start>" time="<mean response time>">
//!     <testcase name="<pm.test name>" classname="FolderRequest" time=..>      one per test name,
//!       <failure type="AssertionFailure" message="<first failure>">details</failure>   iterations merged
//!     <testcase name="skipped test" ...><skipped/></testcase>     pm.test.skip
//!     <testcase name="request" ...><error type="RequestError" message=..>..</error></testcase>
//!     <system-err>Newman's per-iteration error text</system-err>
//! ```
//!
//! Deliberate differences from Newman, each because a CI reader would otherwise show a wrong
//! result: `pm.test.skip` is `<skipped/>` (Newman writes a passing testcase, its bug #3191);
//! request and script errors are `<error>` testcases named `request`, `prerequest-script` and
//! `test-script` (Newman only counts them in `errors` and puts them in `<system-err>`, which
//! GitLab and GitHub do not show as failures); and the `tests`/`failures`/`errors` counts are
//! those of the testcases in the file (iterations merged), as the readers recount them.
//!
//! Every string goes through the [`Redactor`] before it enters the document, and the
//! serialised text is redacted once more (a JWT the registry never saw is still masked).
//!
//! This module also holds what the file-writing reporters share: [`ReportStatus`] and the
//! Newman default export path ([`default_report_path`]).

use std::cell::RefCell;
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::time::Duration;

use cogman_redact::Redactor;
use cogman_runner::{ErrorInfo, Event, ItemRef, Reporter, RunSummary, ScriptKind};
use quick_junit::{NonSuccessKind, Report, TestCase, TestCaseStatus, TestSuite};

/// Where a file reporter wrote its report, readable after the run (the reporters are moved
/// into the runner, so the caller keeps this handle).
#[derive(Debug, Clone, Default)]
pub struct ReportStatus(Rc<RefCell<Option<Result<PathBuf, String>>>>);

impl ReportStatus {
    /// `None` before the run ended; then the written path, or a one-line error.
    pub fn result(&self) -> Option<Result<PathBuf, String>> {
        self.0.borrow().clone()
    }

    pub(crate) fn set(&self, result: Result<PathBuf, String>) {
        *self.0.borrow_mut() = Some(result);
    }
}

/// Newman's default export path for a reporter without `--reporter-<name>-export`:
/// `newman/newman-run-report-<ISO timestamp, non-digits as "-">0.<ext>`
/// (`newman/newman-run-report-2024-01-31-10-02-03-004-0.xml`).
pub fn default_report_path(now: chrono::DateTime<chrono::Utc>, ext: &str) -> PathBuf {
    Path::new("newman").join(default_file_name(now, ext))
}

fn default_file_name(now: chrono::DateTime<chrono::Utc>, ext: &str) -> String {
    let iso = now.format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string();
    let mut stamp = String::new();
    let mut in_sep = false;
    for c in iso.chars() {
        if c.is_ascii_digit() {
            stamp.push(c);
            in_sep = false;
        } else if !in_sep {
            stamp.push('-');
            in_sep = true;
        }
    }
    format!("newman-run-report-{stamp}0.{ext}")
}

/// Writes `text` to `export` (or the default path; an existing directory gets the default
/// file name inside it), creating parent directories. Errors read like Newman's.
pub(crate) fn write_report(
    export: Option<&Path>,
    ext: &str,
    reporter: &str,
    text: &str,
) -> Result<PathBuf, String> {
    let now = chrono::Utc::now();
    let mut path = export
        .map(Path::to_path_buf)
        .unwrap_or_else(|| default_report_path(now, ext));
    if path.is_dir() {
        path = path.join(default_file_name(now, ext));
    }
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| {
            format!(
                "error creating path for file \"{}\" for {reporter}-reporter: {e}",
                path.display()
            )
        })?;
    }
    std::fs::write(&path, text).map_err(|e| {
        format!(
            "error writing file \"{}\" for {reporter}-reporter: {e}",
            path.display()
        )
    })?;
    Ok(path)
}

/// Newman's `classname`: the suite name in PascalCase without punctuation
/// (`Users / Get user` -> `UsersGetUser`), as lodash's `upperFirst(camelCase(name))`.
pub fn class_name(name: &str) -> String {
    let mut words: Vec<String> = Vec::new();
    let mut current = String::new();
    let chars: Vec<char> = name.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if !c.is_alphanumeric() {
            if !current.is_empty() {
                words.push(std::mem::take(&mut current));
            }
            continue;
        }
        if let Some(&prev) = current.chars().last().as_ref() {
            let next_lower = chars.get(i + 1).is_some_and(|n| n.is_lowercase());
            let boundary = (prev.is_lowercase() && c.is_uppercase())
                || (prev.is_alphabetic() != c.is_alphabetic())
                // `HTTPServer` -> `HTTP`, `Server`
                || (prev.is_uppercase() && c.is_uppercase() && next_lower);
            if boundary {
                words.push(std::mem::take(&mut current));
            }
        }
        current.push(c);
    }
    if !current.is_empty() {
        words.push(current);
    }
    words
        .iter()
        .map(|w| {
            let mut chars = w.chars();
            match chars.next() {
                Some(first) => first
                    .to_uppercase()
                    .chain(chars.flat_map(char::to_lowercase))
                    .collect::<String>(),
                None => String::new(),
            }
        })
        .collect()
}

/// One test name of one item, iterations merged.
#[derive(Default)]
struct CaseAgg {
    name: String,
    /// (iteration, error) of each failure.
    failures: Vec<(usize, ErrorInfo)>,
    runs: usize,
    skipped: usize,
}

/// Errors of one kind (`request`, `prerequest-script`, `test-script`) for one item.
struct ErrorAgg {
    at: &'static str,
    errors: Vec<(usize, ErrorInfo)>,
}

/// Everything recorded for one item across iterations.
struct SuiteAgg {
    id: String,
    full_name: String,
    cases: Vec<CaseAgg>,
    errors: Vec<ErrorAgg>,
    response_times: Vec<u64>,
    /// Newman's `<system-err>` text.
    system_err: String,
}

impl SuiteAgg {
    fn add_error(&mut self, at: &'static str, iteration: usize, error: &ErrorInfo) {
        match self.errors.iter_mut().find(|e| e.at == at) {
            Some(agg) => agg.errors.push((iteration, error.clone())),
            None => self.errors.push(ErrorAgg {
                at,
                errors: vec![(iteration, error.clone())],
            }),
        }
    }
}

/// The JUnit XML reporter. Collects per-item results from the events and writes the file
/// when the run is done. See the module documentation for the layout.
pub struct JunitReporter {
    export: Option<PathBuf>,
    redactor: Redactor,
    status: ReportStatus,
    suites: Vec<SuiteAgg>,
    /// Index into `suites` of the item being run.
    current: Option<usize>,
}

impl JunitReporter {
    /// A reporter writing to `export` (Newman's default path when `None`), masking with
    /// `redactor`.
    pub fn new(export: Option<PathBuf>, redactor: Redactor) -> JunitReporter {
        JunitReporter {
            export,
            redactor,
            status: ReportStatus::default(),
            suites: Vec::new(),
            current: None,
        }
    }

    /// A handle telling where the report went, after the run.
    pub fn status(&self) -> ReportStatus {
        self.status.clone()
    }

    fn suite_for(&mut self, item: &ItemRef) -> usize {
        if let Some(i) = self.current.filter(|&i| self.suites[i].id == item.id) {
            return i;
        }
        let found = self.suites.iter().position(|s| s.id == item.id);
        let i = found.unwrap_or_else(|| {
            self.suites.push(SuiteAgg {
                id: item.id.clone(),
                full_name: item.full_name(),
                cases: Vec::new(),
                errors: Vec::new(),
                response_times: Vec::new(),
                system_err: String::new(),
            });
            self.suites.len() - 1
        });
        self.current = Some(i);
        i
    }

    fn r(&self, text: &str) -> String {
        self.redactor.redact(text).into_owned()
    }

    /// Builds the JUnit document (also used by tests).
    pub fn report(&self, summary: &RunSummary) -> Report {
        let mut report = Report::new(self.r(&summary.collection.name));
        let started = chrono::DateTime::from_timestamp_millis(summary.timings.started)
            .map(|t| t.fixed_offset());
        let mut total_ms: u64 = 0;
        // An item whose request was skipped (`pm.execution.skipRequest()`) and that reported
        // nothing has no execution in Newman's summary, hence no suite.
        let reported = self.suites.iter().filter(|s| {
            !(s.response_times.is_empty() && s.cases.is_empty() && s.errors.is_empty())
        });
        for suite in reported {
            let suite_name = self.r(&suite.full_name);
            let classname = class_name(&suite_name);
            let mut ts = TestSuite::new(suite_name.clone());
            ts.extra.insert("id".into(), self.r(&suite.id).into());
            if let Some(t) = started {
                ts.set_timestamp(t);
            }
            total_ms += suite.response_times.iter().sum::<u64>();
            let mean = if suite.response_times.is_empty() {
                Duration::ZERO
            } else {
                let sum: u64 = suite.response_times.iter().sum();
                Duration::from_millis(sum / suite.response_times.len() as u64)
            };
            ts.set_time(mean);
            for case in &suite.cases {
                let status = if let Some((_, first)) = case.failures.first() {
                    let iterations: Vec<String> = case
                        .failures
                        .iter()
                        .map(|(i, _)| (i + 1).to_string())
                        .collect();
                    let stack = first.stack.clone().unwrap_or_else(|| first.to_string());
                    let text = format!(
                        "Failed {} times (iterations {}).\nCollection JSON ID: {}.\nCollection name: {}.\nRequest name: {}.\nTest description: {}.\nError message: {}.\nStacktrace: {}.",
                        case.failures.len(),
                        iterations.join(", "),
                        summary.collection.id,
                        summary.collection.name,
                        suite.full_name,
                        case.name,
                        first.message,
                        stack
                    );
                    let mut s = TestCaseStatus::non_success(NonSuccessKind::Failure);
                    s.set_type("AssertionFailure")
                        .set_message(self.r(&first.message))
                        .set_description(self.r(&text));
                    s
                } else if case.skipped > 0 && case.skipped == case.runs {
                    TestCaseStatus::skipped()
                } else {
                    TestCaseStatus::success()
                };
                let mut tc = TestCase::new(self.r(&case.name), status);
                tc.set_classname(classname.clone()).set_time(mean);
                ts.add_test_case(tc);
            }
            for agg in &suite.errors {
                let Some((_, first)) = agg.errors.first() else {
                    continue;
                };
                let mut text = String::new();
                for (iteration, e) in &agg.errors {
                    let detail = e.stack.clone().unwrap_or_else(|| e.to_string());
                    text.push_str(&format!("Iteration {}: {detail}\n", iteration + 1));
                }
                let ty = match agg.at {
                    "request" => "RequestError".to_string(),
                    _ if first.name.is_empty() => "Error".to_string(),
                    _ => first.name.clone(),
                };
                let mut s = TestCaseStatus::non_success(NonSuccessKind::Error);
                s.set_type(self.r(&ty))
                    .set_message(self.r(&first.to_string()))
                    .set_description(self.r(text.trim_end()));
                let mut tc = TestCase::new(agg.at, s);
                tc.set_classname(classname.clone()).set_time(Duration::ZERO);
                ts.add_test_case(tc);
            }
            if !suite.system_err.is_empty() {
                ts.set_system_err(self.r(&suite.system_err));
            }
            report.add_test_suite(ts);
        }
        report.set_time(Duration::from_millis(total_ms));
        if let Some(t) = started {
            report.set_timestamp(t);
        }
        report
    }

    fn write(&self, summary: &RunSummary) {
        let result = self
            .report(summary)
            .to_string()
            .map_err(|e| format!("junit reporter: {e}"))
            .and_then(|text| {
                let text = self.redactor.redact(&text);
                write_report(self.export.as_deref(), "xml", "junit", &text)
            });
        self.status.set(result);
    }
}

impl Reporter for JunitReporter {
    fn on_event(&mut self, event: &Event<'_>) {
        match event {
            Event::BeforeItem { item, .. } => {
                self.suite_for(item);
            }
            Event::Request {
                cursor,
                item,
                request,
                response,
                error,
                via_send_request: false,
                ..
            } => {
                crate::register_header_secrets(&self.redactor, &request.headers);
                let i = self.suite_for(item);
                let suite = &mut self.suites[i];
                suite
                    .response_times
                    .push(response.map(|r| r.response_time).unwrap_or(0));
                if let Some(e) = error {
                    suite.add_error("request", cursor.iteration, e);
                    let detail = e.stack.clone().unwrap_or_else(|| e.to_string());
                    suite.system_err.push_str(&format!(
                        "Iteration: {}\nRequestError: {detail}\n\n---\n",
                        cursor.iteration
                    ));
                }
            }
            Event::Script {
                cursor,
                item,
                kind,
                error: Some(e),
                ..
            } => {
                let i = self.suite_for(item);
                let suite = &mut self.suites[i];
                let (at, prop) = match kind {
                    ScriptKind::Prerequest => ("prerequest-script", "prerequestScript"),
                    ScriptKind::Test => ("test-script", "testScript"),
                };
                suite.add_error(at, cursor.iteration, e);
                let detail = e.stack.clone().unwrap_or_else(|| e.message.clone());
                suite.system_err.push_str(&format!(
                    "Iteration: {}\n{prop}Error: {detail}\n---\n",
                    cursor.iteration
                ));
            }
            Event::Assertion {
                cursor,
                item,
                assertion,
                ..
            } => {
                let i = self.suite_for(item);
                let suite = &mut self.suites[i];
                let case = match suite.cases.iter().position(|c| c.name == assertion.name) {
                    Some(c) => &mut suite.cases[c],
                    None => {
                        suite.cases.push(CaseAgg {
                            name: assertion.name.clone(),
                            ..CaseAgg::default()
                        });
                        let last = suite.cases.len() - 1;
                        &mut suite.cases[last]
                    }
                };
                case.runs += 1;
                if assertion.skipped {
                    case.skipped += 1;
                } else if !assertion.passed {
                    let error = assertion.error.clone().unwrap_or_else(|| ErrorInfo {
                        name: "AssertionError".into(),
                        message: assertion.name.clone(),
                        ..ErrorInfo::default()
                    });
                    case.failures.push((cursor.iteration, error));
                }
            }
            Event::Item { .. } => self.current = None,
            Event::Done { summary, .. } => self.write(summary),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn class_names_follow_lodash_camel_case() {
        assert_eq!(class_name("Users / Get user"), "UsersGetUser");
        assert_eq!(class_name("getUser by-id"), "GetUserById");
        assert_eq!(class_name("HTTPServer v2api"), "HttpServerV2Api");
        assert_eq!(class_name("  "), "");
    }

    #[test]
    fn default_name_follows_newman() {
        let Some(t) = chrono::DateTime::from_timestamp_millis(1_706_695_323_004) else {
            panic!("bad test timestamp")
        };
        assert_eq!(
            default_report_path(t, "xml"),
            Path::new("newman").join("newman-run-report-2024-01-31-10-02-03-004-0.xml")
        );
    }
}
