//! The program's single output policy: one colour decision, one redaction layer, and silence
//! (not an error) when the reader of stdout goes away.
//!
//! Every byte cogman prints goes through [`Output::stdout`] or [`Output::stderr`]:
//! `RedactingWriter` (secrets and JWTs masked, line by line) -> [`Strip`] when colour is off
//! (reporters always emit ANSI styles) -> [`Quiet`] (a closed pipe silences output instead of
//! failing the run, so exports and the json report are still written and the exit code still
//! reflects the run).

use std::io::{self, Write};
use std::sync::atomic::{AtomicBool, Ordering};

use anstream::ColorChoice;
use cogman_redact::Redactor;

use crate::args::ColorWhen;

/// Set once stdout reported a broken pipe; later writes are dropped.
static STDOUT_CLOSED: AtomicBool = AtomicBool::new(false);

/// Colour decision and redactor shared by everything that prints.
#[derive(Clone)]
pub struct Output {
    color: bool,
    redactor: Redactor,
}

impl Output {
    /// Decides colour once: `--color on|off` wins; `auto` follows `CLICOLOR_FORCE`,
    /// `NO_COLOR`, `CLICOLOR` and whether stdout is a terminal (anstream's rules).
    pub fn new(when: ColorWhen, redactor: Redactor) -> Output {
        let choice = match when {
            ColorWhen::On => ColorChoice::Always,
            ColorWhen::Off => ColorChoice::Never,
            ColorWhen::Auto => ColorChoice::Auto,
        };
        choice.write_global();
        let resolved = anstream::AutoStream::choice(&io::stdout());
        let color = !matches!(resolved, ColorChoice::Never);
        Output { color, redactor }
    }

    /// The terminal's width, as Newman decides it: only when stdout and stderr are both
    /// terminals and `CI` is not set; otherwise reports use a fixed 60-column layout.
    pub fn terminal_width(&self) -> Option<usize> {
        use std::io::IsTerminal;
        if std::env::var_os("CI").is_some()
            || !io::stdout().is_terminal()
            || !io::stderr().is_terminal()
        {
            return None;
        }
        terminal_size::terminal_size().map(|(w, _)| usize::from(w.0))
    }

    /// The redactor (shared registry).
    pub fn redactor(&self) -> &Redactor {
        &self.redactor
    }

    /// A writer to stdout through the redaction layer.
    pub fn stdout(&self) -> Box<dyn Write> {
        self.wrap(Quiet::Stdout)
    }

    /// A writer to stderr through the redaction layer.
    pub fn stderr(&self) -> Box<dyn Write> {
        self.wrap(Quiet::Stderr)
    }

    fn wrap(&self, sink: Quiet) -> Box<dyn Write> {
        if self.color {
            Box::new(self.redactor.writer(sink))
        } else {
            Box::new(self.redactor.writer(Strip(sink)))
        }
    }

    /// Prints one `error: ...` line on stderr (red when colour is on).
    pub fn error_line(&self, message: &str) {
        let style = anstyle::Style::new()
            .fg_color(Some(anstyle::AnsiColor::Red.into()))
            .bold();
        let mut err = self.stderr();
        let one_line = message.replace('\n', " ");
        let _ = writeln!(err, "{style}error:{style:#} {one_line}");
        let _ = err.flush();
    }
}

/// Stdout or stderr, where a broken pipe means "nobody is listening": stop writing, quietly.
pub enum Quiet {
    /// Standard output.
    Stdout,
    /// Standard error.
    Stderr,
}

impl Write for Quiet {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let result = match self {
            Quiet::Stdout => {
                if STDOUT_CLOSED.load(Ordering::Relaxed) {
                    return Ok(buf.len());
                }
                io::stdout().lock().write_all(buf)
            }
            Quiet::Stderr => io::stderr().lock().write_all(buf),
        };
        match result {
            Ok(()) => Ok(buf.len()),
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {
                if matches!(self, Quiet::Stdout) {
                    STDOUT_CLOSED.store(true, Ordering::Relaxed);
                }
                Ok(buf.len())
            }
            Err(e) => Err(e),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        let result = match self {
            Quiet::Stdout => io::stdout().lock().flush(),
            Quiet::Stderr => io::stderr().lock().flush(),
        };
        match result {
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
            other => other,
        }
    }
}

/// Removes ANSI escape sequences. It sits below the redacting writer, which hands over whole
/// lines, and escape sequences never span lines, so each write is stripped on its own.
pub struct Strip<W: Write>(pub W);

impl<W: Write> Write for Strip<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        for chunk in anstream::adapter::strip_bytes(buf) {
            self.0.write_all(chunk)?;
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.0.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strip_removes_styles_and_keeps_text() {
        let mut out = Strip(Vec::new());
        let style = anstyle::Style::new().fg_color(Some(anstyle::AnsiColor::Red.into()));
        let _ = writeln!(out, "{style}red{style:#} plain ✓");
        assert_eq!(String::from_utf8_lossy(&out.0), "red plain ✓\n");
    }

    #[test]
    fn redaction_happens_before_stripping() {
        let redactor = Redactor::new();
        redactor.add_secret("hunter2-secret");
        let mut buffer = Vec::new();
        {
            let mut w = redactor.writer(Strip(&mut buffer));
            let _ = writeln!(w, "\u{1b}[90mtoken hunter2-secret\u{1b}[39m");
            let _ = w.flush();
        }
        let text = String::from_utf8_lossy(&buffer).into_owned();
        assert!(!text.contains("hunter2-secret"), "{text}");
        assert!(text.starts_with("token "), "{text}");
    }
}
