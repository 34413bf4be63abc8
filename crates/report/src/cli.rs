//! The `cli` reporter: Newman's terminal output, event by event.
//!
//! Layout (from Newman 6.2.2's cli reporter): a banner and the collection name, `Iteration n/m`
//! headers when there is more than one iteration, `❏ Folder` when the folder changes, `→`/`↳`
//! per item, `  GET url [200 OK, 441B, 33ms]` per request (`[errored]` plus the error on the next
//! line), `  ✓  name` / `  1. name` per assertion, console output in a `┌ │ └` block, and at the
//! end the summary table and the numbered failure list.
//!
//! The reporter always writes ANSI styles; the writer it is given decides whether they reach
//! the terminal (the program makes one colour decision and strips styles when it is off).

use std::io::Write;

use anstyle::{AnsiColor, Color, Style};
use cogman_runner::{
    Assertion, ConsoleLevel, ErrorInfo, Event, ExecutedRequest, ExecutedResponse, ItemRef,
    Reporter, RunSummary, ScriptKind,
};

use cogman_redact::Redactor;

use crate::format::{filesize, pad_left, prettyms};
use crate::symbols::{Symbols, symbols};
use crate::table::{Align, BoxTable, Cell, PlainTable, Row};

/// How many bytes of a body `--verbose` shows (Newman's clip size).
const BODY_CLIP: usize = 2048;

/// Width at which console and body blocks are cut (Newman: 60 columns minus the margin when
/// the width of the terminal is unknown).
const WRAP: usize = 54;

/// Cuts `line` into pieces of at most `width` characters, as Newman's block wrapping does.
fn wrap_at(line: &str, width: usize) -> Vec<String> {
    let chars: Vec<char> = line.chars().collect();
    if chars.is_empty() {
        return vec![String::new()];
    }
    chars
        .chunks(width.max(1))
        .map(|c| c.iter().collect())
        .collect()
}

#[cfg(test)]
fn wrap(line: &str) -> Vec<String> {
    wrap_at(line, WRAP)
}

/// `application/json ★ text ★ json ★ utf8`: the content type, its broad kind, its format and
/// its charset, the way Newman summarises a response body.
fn content_summary(content_type: &str, star: &str) -> String {
    let mut parts = content_type.split(';');
    let base = parts.next().unwrap_or("").trim().to_ascii_lowercase();
    let charset = parts
        .filter_map(|p| p.trim().strip_prefix("charset="))
        .next()
        .map(|c| c.trim_matches('"').to_ascii_lowercase().replace('-', ""))
        .unwrap_or_else(|| "utf8".to_string());
    let (kind, format) = if base.contains("json") {
        ("text", "json")
    } else if base.contains("xml") {
        ("text", "xml")
    } else if base.contains("html") {
        ("text", "html")
    } else if base.contains("javascript") {
        ("text", "script")
    } else if base.starts_with("text/") {
        ("text", "plain")
    } else if let Some(sub) = base.strip_prefix("image/") {
        ("image", sub)
    } else {
        ("unknown", "raw")
    };
    [base.as_str(), kind, format, charset.as_str()].join(&format!(" {star} "))
}

/// Switches of the cli reporter (`--disable-unicode`, `--verbose`, `--reporter-cli-*`).
#[derive(Debug, Clone, Default)]
pub struct CliOptions {
    /// Plain-text symbols.
    pub disable_unicode: bool,
    /// Per-request detail: sizes, headers, bodies, per-phase timings.
    pub verbose: bool,
    /// `--reporter-cli-no-summary`.
    pub no_summary: bool,
    /// `--reporter-cli-no-failures`.
    pub no_failures: bool,
    /// `--reporter-cli-no-assertions`.
    pub no_assertions: bool,
    /// `--reporter-cli-no-success-assertions`.
    pub no_success_assertions: bool,
    /// `--reporter-cli-no-console`.
    pub no_console: bool,
    /// `--reporter-cli-no-banner`.
    pub no_banner: bool,
    /// The banner word printed first (Newman prints `newman`).
    pub banner: String,
    /// Masks secret header values (`Authorization`, `Cookie`, ...) in `--verbose` output.
    pub redactor: Redactor,
    /// The terminal's width in columns, when output goes to a terminal (and not under CI):
    /// blocks are cut and the failure list is wrapped to it, as Newman does. `None` uses
    /// Newman's fallback of 60 columns.
    pub width: Option<usize>,
}

impl CliOptions {
    /// Where console and body blocks are cut: the terminal width minus the margin.
    fn block_width(&self) -> usize {
        match self.width {
            Some(w) if w > 20 => w - 6,
            _ => WRAP,
        }
    }
}

/// Newman's cli reporter. See the module doc for the layout.
pub struct CliReporter {
    out: Box<dyn Write>,
    options: CliOptions,
    symbols: Symbols,
    /// The folder of the previous item (`None` = collection root), to print folder headers.
    current_group: Option<String>,
    /// Failures so far: numbers the failing assertions and script errors as they happen.
    failures: usize,
    /// A console block is open: consecutive console messages share one `┌ │ └` block, as in
    /// Newman; the colour is the one its `└` is drawn in.
    open_console: Option<Style>,
}

fn fg(color: AnsiColor) -> Style {
    Style::new().fg_color(Some(Color::Ansi(color)))
}

fn gray() -> Style {
    fg(AnsiColor::BrightBlack)
}

fn red() -> Style {
    fg(AnsiColor::Red)
}

fn green() -> Style {
    fg(AnsiColor::Green)
}

fn paint(style: Style, text: &str) -> String {
    format!("{style}{text}{style:#}")
}

impl CliReporter {
    /// A reporter writing to `out`.
    pub fn new(out: Box<dyn Write>, options: CliOptions) -> CliReporter {
        CliReporter {
            out,
            symbols: symbols(options.disable_unicode),
            options,
            current_group: None,
            failures: 0,
            open_console: None,
        }
    }

    // Write errors are ignored on purpose: the program's writer already turns a closed pipe
    // into silence, and a report line is never worth aborting a run for.
    fn print(&mut self, text: &str) {
        self.close_console();
        let _ = self.out.write_all(text.as_bytes());
    }

    /// Ends an open console block before anything else is printed.
    fn close_console(&mut self) {
        if let Some(color) = self.open_console.take() {
            let bottom = paint(color, &format!("  {}", self.symbols.console_bottom));
            let _ = self.out.write_all(format!("{bottom}\n").as_bytes());
        }
    }

    fn start(&mut self, name: &str) {
        if !self.options.no_banner {
            let banner = if self.options.banner.is_empty() {
                "cogman".to_string()
            } else {
                self.options.banner.clone()
            };
            self.print(&format!("{banner}\n\n"));
        }
        if !name.is_empty() {
            self.print(&format!("{name}\n"));
        }
    }

    fn before_iteration(&mut self, iteration: usize, cycles: usize) {
        if cycles > 1 {
            let style = gray().underline();
            self.print(&format!(
                "\n{}\n",
                paint(style, &format!("Iteration {}/{}", iteration + 1, cycles))
            ));
        }
    }

    fn before_item(&mut self, item: &ItemRef) {
        // A folder is known by its id and its path: ids may be missing from the file.
        let group = if item.path.is_empty() {
            None
        } else {
            Some(format!(
                "{}\u{0}{}",
                item.parent.id,
                item.path.join("\u{0}")
            ))
        };
        if group != self.current_group {
            if group.is_some() {
                let folder = item.path.join(" / ");
                self.print(&format!("\n{} {}", self.symbols.folder, folder));
            }
            self.current_group = group.clone();
        }
        let marker = if group.is_none() {
            self.symbols.root
        } else {
            self.symbols.sub
        };
        self.print(&format!("\n{} {}\n", marker, item.name));
    }

    fn before_request(&mut self, request: &ExecutedRequest) {
        self.print(&format!(
            "  {} {} ",
            paint(gray(), &request.method),
            paint(gray(), &request.url)
        ));
        // Show the request while it is in flight; the whole URL is in this piece, so the
        // line-based redaction below still sees every secret it could hold.
        let _ = self.out.flush();
    }

    fn request(
        &mut self,
        request: &ExecutedRequest,
        response: Option<&ExecutedResponse>,
        error: Option<&ErrorInfo>,
    ) {
        if let Some(err) = error {
            self.failures += 1;
            self.print(&format!("{}\n", paint(red(), "[errored]")));
            self.print(&format!(
                "{}\n",
                paint(red(), &format!("     {}", err.message))
            ));
            return;
        }
        let Some(res) = response else {
            self.print(&format!("{}\n", paint(red(), "[errored]")));
            self.print(&format!(
                "{}\n",
                paint(red(), "     Internal error! Could not read response data.")
            ));
            return;
        };
        if !self.options.verbose {
            let line = format!(
                "[{} {}, {}, {}]",
                res.code,
                res.status,
                filesize(res.response_size + res.header_size),
                prettyms(res.response_time as f64)
            );
            self.print(&format!("{}\n", paint(gray(), &line)));
            return;
        }
        self.verbose_request(request, res);
    }

    fn verbose_request(&mut self, request: &ExecutedRequest, res: &ExecutedResponse) {
        let s = self.symbols;
        let star = paint(gray(), s.star);
        let req_size: usize = request
            .headers
            .iter()
            .map(|h| h.key.len() + h.value.len() + 4)
            .sum::<usize>()
            + request.body_preview.as_ref().map_or(0, String::len);
        let mut out = String::from(" \n");
        out.push_str(&format!(
            "  {} {} {star} {} {} {star} {}{} {}{} {} {star} {}{} {}{} {} {star} {} {}\n",
            res.code,
            res.status,
            prettyms(res.response_time as f64),
            paint(gray(), "time"),
            filesize(req_size as u64),
            paint(gray(), s.up),
            filesize(res.response_size + res.header_size),
            paint(gray(), s.down),
            paint(gray(), "size"),
            request.headers.len(),
            paint(gray(), s.up),
            res.headers.len(),
            paint(gray(), s.down),
            paint(gray(), "headers"),
            res.cookies.len(),
            paint(gray(), "cookies"),
        ));
        let redactor = &self.options.redactor;
        crate::register_header_secrets(redactor, &request.headers);
        for h in &request.headers {
            out.push_str(&format!(
                "  {} {}: {}\n",
                paint(gray(), s.up),
                h.key,
                paint(gray(), &redactor.redact_header(&h.key, &h.value))
            ));
        }
        // Bodies are redacted before they are cut into lines: a secret split over two lines
        // would slip past the line-based redaction of the output writer.
        if let Some(body) = request.body_preview.as_deref().filter(|b| !b.is_empty()) {
            let mode = request.body_mode.as_deref().unwrap_or("raw");
            let text = redactor.redact(body);
            out.push_str(&body_block(
                s,
                &format!("{} {mode}", s.up),
                &text,
                body.len(),
                self.options.block_width(),
            ));
        }
        for h in &res.headers {
            out.push_str(&format!(
                "  {} {}: {}\n",
                paint(gray(), s.down),
                h.key,
                paint(gray(), &redactor.redact_header(&h.key, &h.value))
            ));
        }
        let content_type = res
            .headers
            .iter()
            .find(|h| h.key.eq_ignore_ascii_case("content-type"))
            .map_or("", |h| h.value.as_str());
        let summary = content_summary(content_type, &star);
        if res.body.is_empty() {
            out.push_str(&format!("  {} {summary}\n", s.down));
        } else {
            let clip = &res.body[..res.body.len().min(BODY_CLIP)];
            let text = String::from_utf8_lossy(clip);
            let text = redactor.redact(&text);
            out.push_str(&body_block(
                s,
                &format!("{} {summary}", s.down),
                &text,
                res.body.len(),
                self.options.block_width(),
            ));
        }
        let t = &res.timings;
        let phases = [
            ("prepare", t.prepare),
            ("wait", t.wait),
            ("dns-lookup", t.dns_lookup),
            ("tcp-handshake", t.tcp_handshake),
            ("ssl-handshake", t.secure_handshake),
            ("transfer-start", t.first_byte),
            ("download", t.download),
            ("process", t.process),
            ("total", t.total),
        ];
        // Newman leaves out the TLS phase on plain HTTP.
        let phases: Vec<(&str, f64)> = phases
            .into_iter()
            .filter(|(name, v)| *name != "ssl-handshake" || *v > 0.0)
            .collect();
        let values: Vec<String> = phases
            .iter()
            .map(|(_, v)| {
                if *v > 0.0 {
                    prettyms(*v)
                } else {
                    "(cache)".to_string()
                }
            })
            .collect();
        let mut head = String::from(" ");
        let mut vals = String::from(" ");
        for ((name, _), value) in phases.iter().zip(&values) {
            let w = name.len().max(value.len());
            head.push_str(&format!(" {name:<w$} "));
            vals.push_str(&format!(" {} ", paint(gray(), &format!("{value:<w$}"))));
        }
        out.push_str(&format!("\n{}\n{}\n\n", head.trim_end(), vals.trim_end()));
        self.print(&out);
    }

    fn script(&mut self, kind: ScriptKind, error: Option<&ErrorInfo>) {
        if let Some(err) = error {
            self.failures += 1;
            let style = red().bold();
            let line = format!(
                "{}⠄ {} in {}-script",
                pad_left(self.failures, 3),
                err.name,
                kind.listen()
            );
            self.print(&format!("{}\n", paint(style, &line)));
        }
    }

    fn assertion(&mut self, a: &Assertion) {
        let failed = !a.passed && !a.skipped;
        if failed {
            self.failures += 1;
        }
        if self.options.no_assertions {
            return;
        }
        if a.skipped {
            if !self.options.no_success_assertions {
                let cyan = fg(AnsiColor::Cyan);
                self.print(&format!(
                    "{} {}\n",
                    paint(cyan, "  - "),
                    paint(cyan, &format!("[skipped] {}", a.name))
                ));
            }
            return;
        }
        if failed {
            let style = red().bold();
            self.print(&format!(
                "{} {}\n",
                paint(style, &format!("{}.", pad_left(self.failures, 3))),
                paint(style, &a.name)
            ));
        } else if !self.options.no_success_assertions {
            self.print(&format!(
                "{} {}\n",
                paint(green(), &format!("  {} ", self.symbols.ok)),
                paint(gray(), &a.name)
            ));
        }
    }

    fn console(&mut self, level: ConsoleLevel, message: &str) {
        if self.options.no_console {
            return;
        }
        let color = match level {
            ConsoleLevel::Log => gray(),
            ConsoleLevel::Info => fg(AnsiColor::Cyan),
            ConsoleLevel::Warn => fg(AnsiColor::Yellow),
            ConsoleLevel::Error => red(),
            ConsoleLevel::Debug => fg(AnsiColor::Blue),
        };
        let s = self.symbols;
        let mut out = String::new();
        if self.open_console.is_none() {
            out.push_str(&format!(
                "{}\n",
                paint(color, &format!("  {}", s.console_top))
            ));
            self.open_console = Some(color);
        }
        let message = self.options.redactor.redact(message);
        let width = self.options.block_width();
        for line in message.lines().filter(|l| !l.trim().is_empty()) {
            for piece in wrap_at(line, width) {
                out.push_str(&format!(
                    "{} {}\n",
                    paint(color, &format!("  {}", s.console_middle)),
                    paint(gray(), &piece)
                ));
            }
        }
        let _ = self.out.write_all(out.as_bytes());
    }

    fn done(&mut self, summary: &RunSummary) {
        self.close_console();
        if !self.options.no_summary {
            let table = summary_table(summary, self.options.disable_unicode, self.options.verbose);
            // Tables end with a newline; Newman leaves one blank line before each.
            self.print(&format!("\n{table}"));
        }
        if !self.options.no_failures && !summary.failures.is_empty() {
            let table =
                failure_table_for(summary, self.options.width, Some(&self.options.redactor));
            self.print(&format!("\n{table}"));
        }
        let _ = self.out.flush();
    }
}

fn body_block(s: Symbols, title: &str, body: &str, full_len: usize, width: usize) -> String {
    let mut text: String = body.chars().take(BODY_CLIP).collect();
    if full_len > BODY_CLIP {
        text.push_str(&format!(
            "\n(showing {}/{})",
            filesize(BODY_CLIP as u64),
            filesize(full_len as u64)
        ));
    }
    let mut out = format!(
        "  {} {title} {} {}\n",
        s.console_top,
        paint(gray(), s.star),
        filesize(full_len as u64)
    );
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        for piece in wrap_at(line, width) {
            out.push_str(&format!(
                "  {} {}\n",
                s.console_middle,
                paint(gray(), &piece)
            ));
        }
    }
    out.push_str(&format!("  {}\n", s.console_bottom));
    out
}

/// The boxed run summary: executed/failed per kind, duration, data received, averages.
///
/// Newman only measures DNS and first-byte times under `--verbose`, so those two average rows
/// appear only with `verbose`.
pub fn summary_table(summary: &RunSummary, ascii: bool, verbose: bool) -> String {
    let mut table = BoxTable::new(&[Some(25), None, None], ascii, gray());
    table.push(Row::Cells(vec![
        Cell::new("", Align::Right),
        Cell::new("executed", Align::Right),
        Cell::new("  failed", Align::Right),
    ]));
    let s = &summary.stats;
    for (label, counter) in [
        ("iterations", s.iterations),
        ("requests", s.requests),
        ("test-scripts", s.test_scripts),
        ("prerequest-scripts", s.prerequest_scripts),
        ("assertions", s.assertions),
    ] {
        let label_style = if counter.failed > 0 {
            red()
        } else if counter.pending > 0 {
            Style::new()
        } else {
            green()
        };
        let failed_style = if counter.failed > 0 {
            red()
        } else {
            Style::new()
        };
        table.push(Row::Cells(vec![
            Cell::new(label, Align::Right).styled(label_style),
            Cell::new(counter.total.to_string(), Align::Right),
            Cell::new(counter.failed.to_string(), Align::Right).styled(failed_style),
        ]));
    }
    let t = &summary.timings;
    let duration = (t.completed - t.started).max(0) as f64;
    table.push(Row::Span(Cell::new(
        format!("total run duration: {}", prettyms(duration)),
        Align::Left,
    )));
    table.push(Row::Span(Cell::new(
        format!(
            "total data received: {} (approx)",
            filesize(summary.transfers.response_total)
        ),
        Align::Left,
    )));
    for (label, avg, min, max, sd) in [
        (
            "average response time:",
            t.response_average,
            t.response_min,
            t.response_max,
            t.response_sd,
        ),
        (
            "average DNS lookup time:",
            t.dns_average,
            t.dns_min,
            t.dns_max,
            t.dns_sd,
        ),
        (
            "average first byte time:",
            t.first_byte_average,
            t.first_byte_min,
            t.first_byte_max,
            t.first_byte_sd,
        ),
    ]
    .into_iter()
    .take(if verbose { 3 } else { 1 })
    {
        if avg > 0.0 {
            table.push(Row::Span(Cell::new(
                format!(
                    "{label} {} [min: {}, max: {}, s.d.: {}]",
                    prettyms(avg),
                    prettyms(min),
                    prettyms(max),
                    prettyms(sd)
                ),
                Align::Left,
            )));
        }
    }
    table.render()
}

/// The numbered failure list: `#  failure  detail`, sized to its content.
pub fn failure_table(summary: &RunSummary) -> String {
    failure_table_for(summary, None, None)
}

/// The failure list for a terminal `width` columns wide (Newman gives the `failure` column a
/// fifth of it and wraps words), with every cell redacted before it is wrapped.
pub fn failure_table_for(
    summary: &RunSummary,
    width: Option<usize>,
    redactor: Option<&Redactor>,
) -> String {
    let head = red().underline();
    let mut table = PlainTable::new(vec![
        Cell::new("#", Align::Right).styled(head),
        Cell::new("failure", Align::Left).styled(head),
        Cell::new("detail", Align::Left).styled(head),
    ]);
    let digits = summary.failures.len().to_string().len();
    if let Some(width) = width.filter(|w| *w > 20) {
        let first = digits + 3;
        let second = (width - first) / 5;
        let third = width.saturating_sub(first + second + 5);
        table = table.with_widths(vec![first, second.max(3), third.max(3)]);
    }
    let clean = |text: String| match redactor {
        Some(r) => r.redact(&text).into_owned(),
        None => text,
    };
    for (i, failure) in summary.failures.iter().enumerate() {
        let mut name = failure.error.name.clone();
        if failure.cursor.cycles > 1 {
            name.push_str(&format!("\niteration: {}", failure.cursor.iteration + 1));
        }
        let mut detail = failure.error.test.clone().unwrap_or_default();
        detail.push('\n');
        detail.push_str(&failure.error.message);
        if !failure.at.is_empty() {
            detail.push_str(&format!("\nat {}", failure.at));
        }
        if !failure.source.name.is_empty() {
            detail.push_str(&format!("\ninside \"{}\"", failure.source.name));
        }
        table.push(vec![
            // Newman pads failure numbers with zeros (`01.`) but assertion numbers with spaces.
            Cell::new(format!("{:0digits$}.", i + 1), Align::Right),
            Cell::new(clean(name), Align::Left),
            Cell::new(clean(detail), Align::Left),
        ]);
    }
    table.render()
}

impl Reporter for CliReporter {
    fn on_event(&mut self, event: &Event<'_>) {
        match event {
            Event::Start { collection, .. } => {
                let name = if collection.info.name.is_empty() {
                    collection.info.postman_id.clone().unwrap_or_default()
                } else {
                    collection.info.name.clone()
                };
                self.start(&name);
            }
            Event::BeforeIteration { cursor, .. } => {
                self.before_iteration(cursor.iteration, cursor.cycles)
            }
            Event::BeforeItem { item, .. } => self.before_item(item),
            Event::BeforeRequest { request, .. } => self.before_request(request),
            Event::Request {
                request,
                response,
                error,
                ..
            } => self.request(request, *response, *error),
            Event::Script { kind, error, .. } => self.script(*kind, *error),
            Event::Assertion { assertion, .. } => self.assertion(assertion),
            Event::Console { level, message, .. } => self.console(*level, message),
            Event::Done { summary, .. } => self.done(summary),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_are_cut_at_the_block_width() {
        let line = "x".repeat(120);
        let pieces = wrap(&line);
        assert_eq!(pieces.len(), 3);
        assert_eq!(pieces[0].len(), WRAP);
        assert_eq!(wrap(""), vec![String::new()]);
    }

    #[test]
    fn content_summary_like_newman() {
        assert_eq!(
            content_summary("application/json; charset=utf-8", "★"),
            "application/json ★ text ★ json ★ utf8"
        );
        assert_eq!(
            content_summary("application/octet-stream", "*"),
            "application/octet-stream * unknown * raw * utf8"
        );
    }
}
