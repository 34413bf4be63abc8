//! The GitHub Actions reporter: failures as workflow annotations and a Markdown job summary.
//!
//! `cogman run` installs it by itself when `GITHUB_ACTIONS=true` ([`GithubReporter::from_env`]).
//! When the run is done it
//! - prints one `::error title=<Folder / Request>::<message>` workflow command per failure to
//!   its writer (stdout), so each failure shows on the run's summary page and in the log;
//! - appends a Markdown summary (verdict, a totals table, then the failures) to the file named
//!   by `$GITHUB_STEP_SUMMARY`.
//!
//! Both happen at `done`, after the cli reporter has finished, so nothing is interleaved with
//! its output. Text is redacted before it is escaped: escaping first could split a secret
//! (`%` becomes `%25`) so the registry no longer recognises it.
//!
//! Escaping follows GitHub's workflow-command rules: in the message `%`, `\r` and `\n` become
//! `%25`, `%0D`, `%0A`; in a property (the title) `:` and `,` also become `%3A` and `%2C`.

use std::collections::HashMap;
use std::io::Write;
use std::path::PathBuf;

use cogman_redact::Redactor;
use cogman_runner::{Event, Failure, Reporter, RunSummary};

use crate::format::prettyms;
use crate::junit::ReportStatus;

/// Escapes the message part of a workflow command.
pub fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a property value (`title=...`) of a workflow command.
pub fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

/// Escapes text for a Markdown table cell: no markup, no cell breaks, no line breaks.
fn md_cell(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '|' => out.push_str("\\|"),
            '`' => out.push_str("\\`"),
            '*' | '_' | '[' | ']' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '\r' => {}
            '\n' => out.push_str("<br>"),
            c => out.push(c),
        }
    }
    out
}

/// The GitHub Actions reporter. See the module documentation.
pub struct GithubReporter {
    out: Option<Box<dyn Write>>,
    summary_path: Option<PathBuf>,
    redactor: Redactor,
    status: ReportStatus,
    /// Item id -> `Folder / Request`, learned from `beforeItem`.
    names: HashMap<String, String>,
}

impl GithubReporter {
    /// A reporter printing annotations to `out` (none when `None`, e.g. under `--silent`) and
    /// appending the job summary to `summary_path` (none when `None`).
    pub fn new(
        out: Option<Box<dyn Write>>,
        summary_path: Option<PathBuf>,
        redactor: Redactor,
    ) -> GithubReporter {
        GithubReporter {
            out,
            summary_path,
            redactor,
            status: ReportStatus::default(),
            names: HashMap::new(),
        }
    }

    /// The reporter for the current environment: `Some` only when `GITHUB_ACTIONS=true`; the
    /// summary goes to `$GITHUB_STEP_SUMMARY` when that is set.
    pub fn from_env(out: Option<Box<dyn Write>>, redactor: Redactor) -> Option<GithubReporter> {
        if std::env::var("GITHUB_ACTIONS").ok().as_deref() != Some("true") {
            return None;
        }
        let summary = std::env::var_os("GITHUB_STEP_SUMMARY")
            .filter(|p| !p.is_empty())
            .map(PathBuf::from);
        Some(GithubReporter::new(out, summary, redactor))
    }

    /// Where the job summary went (`None` when there was no `$GITHUB_STEP_SUMMARY`).
    pub fn status(&self) -> ReportStatus {
        self.status.clone()
    }

    fn r(&self, text: &str) -> String {
        self.redactor.redact(text).into_owned()
    }

    fn title(&self, failure: &Failure) -> String {
        self.names
            .get(&failure.source.id)
            .cloned()
            .unwrap_or_else(|| failure.source.name.clone())
    }

    /// One line per failure: `where [iteration n]: message`.
    fn message(&self, failure: &Failure, iterations: u64) -> String {
        let e = &failure.error;
        let mut text = match &e.test {
            Some(test) => format!("{test}: {}", e.message),
            None => format!("{} ({})", e, failure.at),
        };
        if iterations > 1 {
            text.push_str(&format!(" [iteration {}]", failure.cursor.iteration + 1));
        }
        text
    }

    /// The workflow commands for a summary (also used by tests).
    pub fn annotations(&self, summary: &RunSummary) -> String {
        let mut out = String::new();
        for failure in &summary.failures {
            let title = escape_property(&self.r(&self.title(failure)));
            let message =
                escape_data(&self.r(&self.message(failure, summary.stats.iterations.total)));
            out.push_str(&format!("::error title={title}::{message}\n"));
        }
        if let Some(e) = &summary.error {
            out.push_str(&format!(
                "::error title=cogman run::{}\n",
                escape_data(&self.r(&e.to_string()))
            ));
        }
        out
    }

    /// The Markdown job summary (also used by tests).
    pub fn markdown(&self, summary: &RunSummary) -> String {
        let s = &summary.stats;
        let verdict = if summary.has_failures() {
            "❌ failed"
        } else {
            "✅ passed"
        };
        let mut md = format!(
            "## cogman: {} {verdict}\n\n",
            md_cell(&self.r(&summary.collection.name))
        );
        md.push_str("| | executed | failed |\n|---|---:|---:|\n");
        for (label, c) in [
            ("iterations", s.iterations),
            ("requests", s.requests),
            ("test-scripts", s.test_scripts),
            ("prerequest-scripts", s.prerequest_scripts),
            ("assertions", s.assertions),
        ] {
            md.push_str(&format!("| {label} | {} | {} |\n", c.total, c.failed));
        }
        let t = &summary.timings;
        md.push_str(&format!(
            "\nTotal run duration: {} · average response time: {}\n",
            prettyms((t.completed - t.started).max(0) as f64),
            prettyms(t.response_average)
        ));
        if let Some(e) = &summary.error {
            md.push_str(&format!(
                "\n**Run error:** {}\n",
                md_cell(&self.r(&e.to_string()))
            ));
        }
        if !summary.failures.is_empty() {
            md.push_str(&format!(
                "\n### Failures ({})\n\n| # | request | iteration | failure | detail |\n|---:|---|---:|---|---|\n",
                summary.failures.len()
            ));
            for (i, f) in summary.failures.iter().enumerate() {
                let detail = match &f.error.test {
                    Some(test) => format!("{test}: {}", f.error.message),
                    None => f.error.message.clone(),
                };
                md.push_str(&format!(
                    "| {} | {} | {} | {} | {} |\n",
                    i + 1,
                    md_cell(&self.r(&self.title(f))),
                    f.cursor.iteration + 1,
                    md_cell(&self.r(&format!("{} at {}", f.error.name, f.at))),
                    md_cell(&self.r(&detail)),
                ));
            }
        }
        md.push('\n');
        // One more pass for JWT-shaped strings split across fields never seen by the registry.
        self.r(&md)
    }

    fn done(&mut self, summary: &RunSummary) {
        let annotations = self.annotations(summary);
        if let Some(out) = self.out.as_mut() {
            // Like the cli reporter, a broken pipe is not worth failing the run for.
            let _ = out.write_all(annotations.as_bytes());
            let _ = out.flush();
        }
        if let Some(path) = &self.summary_path {
            let md = self.markdown(summary);
            let result = std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(path)
                .and_then(|mut f| f.write_all(md.as_bytes()))
                .map(|()| path.clone())
                .map_err(|e| {
                    format!(
                        "error writing the job summary to \"{}\" (GITHUB_STEP_SUMMARY): {e}",
                        path.display()
                    )
                });
            self.status.set(result);
        }
    }
}

impl Reporter for GithubReporter {
    fn on_event(&mut self, event: &Event<'_>) {
        match event {
            Event::BeforeItem { item, .. } => {
                self.names
                    .entry(item.id.clone())
                    .or_insert_with(|| item.full_name());
            }
            Event::Request { request, .. } => {
                crate::register_header_secrets(&self.redactor, &request.headers);
            }
            Event::Done { summary, .. } => self.done(summary),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_as_github_requires() {
        assert_eq!(escape_data("50%\r\nnext"), "50%25%0D%0Anext");
        assert_eq!(escape_property("a: b, c%\n"), "a%3A b%2C c%25%0A");
    }

    #[test]
    fn markdown_cells_cannot_break_the_table() {
        assert_eq!(md_cell("a|b\n<script>"), "a\\|b<br>&lt;script&gt;");
    }
}
