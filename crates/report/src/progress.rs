//! A progress bar for long runs: requests done out of items x iterations, elapsed time and an
//! ETA, drawn with indicatif on stderr.
//!
//! When it is drawn ([`ProgressReporter::should_draw`]): stderr is a terminal, `CI` is not
//! set, `--silent` was not given, and the cli reporter is not printing to a terminal.
//!
//! Why the last rule: the cli reporter prints a line per request, assertion and console
//! message. On a shared terminal a bar on stderr would have to be cleared and redrawn around
//! every one of those lines (indicatif's `suspend`), which flickers and still garbles lines
//! that other writers print, and the cli output already shows progress line by line. So the
//! bar appears when the terminal would otherwise stay silent for the whole run: `-r junit`,
//! `-r html,json`, or `cogman run ... -r cli > run.log`. It never writes to stdout, so piped
//! or redirected reports are never touched, and it clears itself when the run is done.

use std::io::IsTerminal;

use cogman_redact::Redactor;
use cogman_runner::{Event, Reporter};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// The progress bar reporter. See the module documentation for when it draws.
pub struct ProgressReporter {
    bar: Option<ProgressBar>,
    target: Option<ProgressDrawTarget>,
    redactor: Redactor,
}

impl ProgressReporter {
    /// Whether a bar should be drawn in this process: see the module documentation.
    /// `cli_on_terminal` is true when the cli reporter is installed and stdout is a terminal.
    pub fn should_draw(silent: bool, cli_on_terminal: bool) -> bool {
        !silent
            && std::env::var_os("CI").is_none()
            && !cli_on_terminal
            && std::io::stderr().is_terminal()
    }

    /// A reporter that draws on stderr (the caller decided with [`Self::should_draw`]).
    pub fn stderr(redactor: Redactor) -> ProgressReporter {
        ProgressReporter::with_target(ProgressDrawTarget::stderr(), redactor)
    }

    /// A reporter drawing to `target` (tests use a hidden target).
    pub fn with_target(target: ProgressDrawTarget, redactor: Redactor) -> ProgressReporter {
        ProgressReporter {
            bar: None,
            target: Some(target),
            redactor,
        }
    }

    /// The bar, once the run started (tests read its position).
    pub fn bar(&self) -> Option<&ProgressBar> {
        self.bar.as_ref()
    }

    fn start(&mut self, total: u64) {
        let Some(target) = self.target.take() else {
            return;
        };
        let bar = ProgressBar::with_draw_target(Some(total), target);
        let style = ProgressStyle::with_template(
            "{spinner:.cyan} [{elapsed_precise}] {wide_bar:.cyan/blue} {pos}/{len} requests, ETA {eta} {msg:.dim}",
        )
        .map(|s| s.progress_chars("=> "))
        .unwrap_or_else(|_| ProgressStyle::default_bar());
        bar.set_style(style);
        self.bar = Some(bar);
    }
}

impl Reporter for ProgressReporter {
    fn on_event(&mut self, event: &Event<'_>) {
        match event {
            Event::Start { cursor, .. } => {
                let total = (cursor.length as u64).saturating_mul(cursor.cycles.max(1) as u64);
                self.start(total);
            }
            Event::BeforeItem { item, .. } => {
                if let Some(bar) = &self.bar {
                    bar.set_message(self.redactor.redact(&item.full_name()).into_owned());
                }
            }
            Event::Item { .. } => {
                if let Some(bar) = &self.bar {
                    bar.inc(1);
                    // setNextRequest can run more items than planned: grow instead of
                    // showing more than 100%.
                    if let Some(len) = bar.length()
                        && bar.position() > len
                    {
                        bar.set_length(bar.position());
                    }
                }
            }
            Event::Done { .. } => {
                if let Some(bar) = &self.bar {
                    bar.finish_and_clear();
                }
            }
            _ => {}
        }
    }
}

impl Drop for ProgressReporter {
    fn drop(&mut self) {
        // A run that ended without `done` (fatal error) must not leave a bar on screen.
        if let Some(bar) = self.bar.take()
            && !bar.is_finished()
        {
            bar.finish_and_clear();
        }
    }
}
