//! Parse errors that point at a file, line and column.

use std::fmt;
use std::path::Path;

/// One step of a JSON path (`item[3].request.url`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PathSeg {
    /// An object member.
    Key(String),
    /// An array element.
    Index(usize),
}

/// Renders a JSON path the way people write it: `item[3].request.url`.
pub fn path_to_string(path: &[PathSeg]) -> String {
    let mut out = String::new();
    for seg in path {
        match seg {
            PathSeg::Key(k) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(k);
            }
            PathSeg::Index(i) => {
                out.push('[');
                out.push_str(&i.to_string());
                out.push(']');
            }
        }
    }
    out
}

/// A file could not be read or does not hold what was expected.
///
/// `Display` is `origin:line:column: message` when a position is known (line and column are
/// 1-based), `origin: message` otherwise, always on one line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// The file path (or the name given to [`crate::parse_collection_str`]).
    pub origin: String,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// 1-based column, when known.
    pub column: Option<usize>,
    /// The JSON path of the offending value, when known (`item[0].request`).
    pub json_path: Option<String>,
    /// What went wrong, naming what was expected.
    pub message: String,
    /// What kind of failure this is.
    pub kind: ParseErrorKind,
}

/// Broad classes of [`ParseError`] so callers can react without matching on text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParseErrorKind {
    /// The file could not be read (missing, permissions, not UTF-8).
    Io,
    /// The text is not valid JSON (or CSV).
    Syntax,
    /// Valid JSON of the wrong shape (`item` not an array, ...).
    Shape,
    /// A collection format cogman does not run (v1, v3, unknown schema).
    UnsupportedFormat,
}

impl ParseError {
    pub(crate) fn io(origin: &str, err: &std::io::Error) -> Self {
        ParseError {
            origin: origin.to_string(),
            line: None,
            column: None,
            json_path: None,
            message: format!("cannot read file: {err}"),
            kind: ParseErrorKind::Io,
        }
    }

    pub(crate) fn new(origin: &str, kind: ParseErrorKind, message: impl Into<String>) -> Self {
        ParseError {
            origin: origin.to_string(),
            line: None,
            column: None,
            json_path: None,
            message: message.into(),
            kind,
        }
    }

    pub(crate) fn at(mut self, line: usize, column: usize) -> Self {
        self.line = Some(line);
        self.column = Some(column);
        self
    }

    /// Turns a serde_json syntax error into a positioned error.
    pub(crate) fn from_json_syntax(origin: &str, err: &serde_json::Error) -> Self {
        // serde_json appends " at line X column Y" to its Display; we print the position in
        // front instead, so strip it.
        let text = err.to_string();
        let msg = match text.rfind(" at line ") {
            Some(i) => text[..i].to_string(),
            None => text,
        };
        let msg = if err.is_eof() {
            format!("unexpected end of file: {msg}")
        } else {
            msg
        };
        let line = err.line().max(1);
        let column = err.column().max(1);
        ParseError::new(
            origin,
            ParseErrorKind::Syntax,
            format!("invalid JSON: {msg}"),
        )
        .at(line, column)
    }
}

/// Keeps a message on one line: control characters from file names or JSON keys are escaped.
fn one_line(s: &str) -> std::borrow::Cow<'_, str> {
    if s.chars().any(char::is_control) {
        s.chars()
            .map(|c| {
                if c.is_control() {
                    c.escape_default().to_string()
                } else {
                    c.to_string()
                }
            })
            .collect::<String>()
            .into()
    } else {
        s.into()
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", one_line(&self.origin))?;
        if let (Some(l), Some(c)) = (self.line, self.column) {
            write!(f, ":{l}:{c}")?;
        }
        write!(f, ": {}", one_line(&self.message))?;
        if let Some(p) = &self.json_path
            && !p.is_empty()
        {
            write!(f, " (at `{}`)", one_line(p))?;
        }
        Ok(())
    }
}

impl std::error::Error for ParseError {}

/// A shape error found while converting JSON into the model, before it is positioned.
#[derive(Debug, Clone)]
pub(crate) struct ShapeError {
    /// Path from the document root, built innermost-first while unwinding and reversed once.
    pub rev_path: Vec<PathSeg>,
    pub message: String,
}

impl ShapeError {
    pub fn new(message: impl Into<String>) -> Self {
        ShapeError {
            rev_path: Vec::new(),
            message: message.into(),
        }
    }

    /// Records that the error happened inside member `key`.
    pub fn key(mut self, key: &str) -> Self {
        self.rev_path.push(PathSeg::Key(key.to_string()));
        self
    }

    /// Records that the error happened inside element `i`.
    pub fn index(mut self, i: usize) -> Self {
        self.rev_path.push(PathSeg::Index(i));
        self
    }

    pub fn path(&self) -> Vec<PathSeg> {
        self.rev_path.iter().rev().cloned().collect()
    }

    /// Positions the error inside `text` (the document it came from).
    pub fn into_parse_error(self, origin: &str, text: Option<&str>) -> ParseError {
        let path = self.path();
        let mut err = ParseError::new(origin, ParseErrorKind::Shape, self.message);
        err.json_path = Some(path_to_string(&path));
        if let Some(text) = text
            && let Some(offset) = crate::locate::find_value_offset(text, &path)
        {
            let (l, c) = crate::locate::line_col(text, offset);
            err = err.at(l, c);
        }
        err
    }
}

/// Name of a JSON value's type, for messages ("expected an array, found a string").
pub(crate) fn type_name(v: &serde_json::Value) -> &'static str {
    match v {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "a boolean",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::String(_) => "a string",
        serde_json::Value::Array(_) => "an array",
        serde_json::Value::Object(_) => "an object",
    }
}

pub(crate) fn display_path(p: &Path) -> String {
    p.display().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_is_one_line() {
        let mut e = ParseError::new("a\nb.json", ParseErrorKind::Shape, "bad\r\nthing").at(1, 2);
        e.json_path = Some("item.we\nird".into());
        assert_eq!(
            e.to_string(),
            "a\\nb.json:1:2: bad\\r\\nthing (at `item.we\\nird`)"
        );
    }
}
