//! cogman-report: the reporters that turn a run's [`Event`](cogman_runner::Event)s into output.
//!
//! # Principal types
//! - [`CliReporter`] (with [`CliOptions`]): Newman's terminal output, printed as events
//!   arrive, ending with the summary table and the failure list.
//! - [`JsonReporter`]: Newman's JSON summary (`{collection, environment, globals, run}`),
//!   written to a file when the run is done; [`ExportStatus`] tells the caller where it went.
//! - [`JunitReporter`]: JUnit XML for CI test-result readers; [`HtmlReporter`]: one
//!   self-contained page for people; both report where they wrote through [`ReportStatus`].
//! - [`GithubReporter`]: `::error` workflow annotations and the `$GITHUB_STEP_SUMMARY` job
//!   summary, installed by `cogman` when `GITHUB_ACTIONS=true`.
//! - [`ProgressReporter`]: an indicatif progress bar on stderr for long runs.
//!
//! # Data flow
//! `cogman_runner::run` calls [`Reporter::on_event`](cogman_runner::Reporter::on_event) on every
//! installed reporter, in order. A reporter keeps only what it needs: the cli reporter keeps a
//! failure counter and the current folder; the json reporter keeps executions (and response
//! bodies) only because its document needs them. Reporters write through whatever writer the
//! program gives them: `cogman` wraps stdout in its redaction layer and strips colours when
//! colour is off, so reporters always emit ANSI styles and never print secrets.
//!
//! ```
//! use cogman_report::{CliOptions, CliReporter};
//! use cogman_runner::Reporter;
//!
//! let out: Vec<u8> = Vec::new();
//! let mut reporter = CliReporter::new(Box::new(out), CliOptions::default());
//! # let _ = &mut reporter as &mut dyn Reporter;
//! ```

mod cli;
pub mod format;
pub mod github;
pub mod html;
mod json;
pub mod junit;
pub mod progress;
mod symbols;
pub mod table;

pub use cli::{CliOptions, CliReporter, failure_table, failure_table_for, summary_table};
pub use github::GithubReporter;
pub use html::HtmlReporter;
pub use json::{ExportStatus, JsonReporter, default_export_path};
pub use junit::{JunitReporter, ReportStatus, default_report_path};
pub use progress::ProgressReporter;
pub use symbols::{PLAIN, Symbols, UNICODE, symbols};

use cogman_redact::Redactor;
use cogman_runner::Header;

/// Registers the credentials a request carried in secret headers (`Authorization`, `Cookie`,
/// `X-Api-Key`, ...), so that an echo of them in a response body or a report is masked too.
pub fn register_header_secrets(redactor: &Redactor, headers: &[Header]) {
    for h in headers {
        if Redactor::is_secret_header(&h.key) {
            redactor.add_secret(&h.value);
            if let Some((_, credential)) = h.value.split_once(' ') {
                redactor.add_secret(credential.trim());
            }
        }
    }
}
