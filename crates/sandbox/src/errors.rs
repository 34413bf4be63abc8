//! JavaScript exceptions -> [`ScriptError`], with QuickJS wording mapped to V8's where Newman
//! users would see a different sentence.

use rquickjs::{Ctx, Object, Value};

use crate::types::ScriptError;

/// Converts a caught exception value into a [`ScriptError`].
pub(crate) fn script_error<'js>(ctx: &Ctx<'js>, value: Value<'js>) -> ScriptError {
    error_from_value(ctx, value)
}

/// Reads `name`, `message` and `stack` from an error object (or stringifies a thrown value).
pub(crate) fn error_from_value<'js>(_ctx: &Ctx<'js>, value: Value<'js>) -> ScriptError {
    if let Some(obj) = value.as_object() {
        let get = |o: &Object<'js>, k: &str| -> Option<String> {
            let v: Value = o.get(k).ok()?;
            if v.is_undefined() || v.is_null() {
                return None;
            }
            v.as_string()
                .and_then(|s| s.to_string().ok())
                .or_else(|| v.as_number().map(|n| n.to_string()))
        };
        let name = get(obj, "name").unwrap_or_else(|| "Error".to_string());
        let message = get(obj, "message").unwrap_or_default();
        let stack = get(obj, "stack");
        return ScriptError {
            name,
            message,
            stack,
        };
    }
    let message = if let Some(s) = value.as_string() {
        s.to_string().unwrap_or_default()
    } else if let Some(n) = value.as_number() {
        n.to_string()
    } else if let Some(b) = value.as_bool() {
        b.to_string()
    } else if value.is_null() {
        "null".to_string()
    } else {
        "undefined".to_string()
    };
    ScriptError {
        name: "Error".to_string(),
        message,
        stack: None,
    }
}

/// Wrapper code after each script: Postman's scope appends `\n;` and V8's `Function` source
/// closes with `\n})`; with the same head structure, an unbalanced script fails on the same
/// token as in Newman (`Unexpected token ')'`, `Unexpected end of input`).
pub(crate) const SUFFIX: &str = "\n;\n})";

/// Where the script text sits inside the compiled wrapper, to map QuickJS positions back.
pub(crate) struct ScriptSource<'a> {
    /// File name given to the compiler.
    pub name: &'a str,
    /// The user's script.
    pub text: &'a str,
    /// Characters of wrapper code before the script on line 1.
    pub prefix: usize,
}

/// Maps QuickJS messages to the V8 wording Newman prints and builds a V8-like stack head;
/// with the script source, positions resolved against the script source: line-1 columns lose the
/// wrapper prefix, and messages that V8 words with source text (`x.y is not a function`,
/// `Unexpected identifier 'b'`) are rebuilt from the failing position.
pub(crate) fn polish_in(mut e: ScriptError, src: Option<&ScriptSource<'_>>) -> ScriptError {
    if let Some(src) = src {
        if let Some(stack) = e.stack.take() {
            e.stack = Some(fix_columns(&stack, src));
        }
        if let Some((line, col)) = e.stack.as_deref().and_then(|s| first_position(s, src.name)) {
            let full = format!("{}{}", src.text, SUFFIX);
            let text_line: Vec<char> = full
                .lines()
                .nth(line.saturating_sub(1))
                .unwrap_or("")
                .chars()
                .collect();
            let at = col.saturating_sub(1);
            if e.name == "TypeError" && e.message == "not a function" {
                if let Some(callee) = callee_text(&text_line, at) {
                    e.message = format!("{callee} is not a function");
                }
            } else if e.name == "SyntaxError" && needs_token(&e.message) {
                e.message = unexpected_at(&text_line, at);
            }
        }
    }
    let (name, message) = v8_wording(&e.name, &e.message);
    e.name = name;
    e.message = message;
    let head = if e.message.is_empty() {
        e.name.clone()
    } else {
        format!("{}: {}", e.name, e.message)
    };
    let frames: Option<String> = e.stack.as_deref().map(|s| {
        s.lines()
            .skip_while(|l| !l.trim_start().starts_with("at "))
            .filter(|l| {
                !l.contains("cogman-prelude.js")
                    && !l.contains("cogman:libs/")
                    && !l.contains("(native)")
            })
            .collect::<Vec<_>>()
            .join("\n")
    });
    e.stack = Some(match frames.as_deref() {
        Some(s) if !s.trim().is_empty() => format!("{head}\n{}", s.trim_end()),
        _ => head,
    });
    e
}

/// QuickJS stack positions -> V8's, everywhere in a stack (`name:LINE:COL`).
///
/// QuickJS counts columns in bytes; V8 (and so Newman) in UTF-16 units. On the first line of
/// the compiled source, which starts with the wrapper head, QuickJS numbers token positions
/// from 0 (it measures from the buffer start instead of a newline) but identifier
/// expressions from 1; a call frame (`(name:1:COL)`) whose position is not the start of an
/// identifier is such a 0-based token position: a member call, which V8 and QuickJS on
/// other lines place on the property name (`pm.expect(1).to.equal(2)` -> column 17).
/// Compile errors (`at name:1:COL`, no parenthesis) already count from 1.
fn fix_columns(stack: &str, src: &ScriptSource<'_>) -> String {
    let needle = format!("{}:", src.name);
    let full = format!("{}{}", src.text, SUFFIX);
    let mut out = String::with_capacity(stack.len());
    let mut rest = stack;
    while let Some(i) = rest.find(&needle) {
        let in_frame = rest[..i].ends_with('(');
        let after = &rest[i + needle.len()..];
        out.push_str(&rest[..i + needle.len()]);
        let line_digits: String = after.chars().take_while(char::is_ascii_digit).collect();
        let tail = &after[line_digits.len()..];
        let col_digits: String = tail
            .strip_prefix(':')
            .map(|t| t.chars().take_while(char::is_ascii_digit).collect())
            .unwrap_or_default();
        let (Ok(line), Ok(col)) = (line_digits.parse::<usize>(), col_digits.parse::<usize>())
        else {
            out.push_str(&line_digits);
            rest = tail;
            continue;
        };
        let text = full.lines().nth(line.saturating_sub(1)).unwrap_or("");
        let mut byte_col = col;
        if line == 1 {
            byte_col = col.saturating_sub(src.prefix).max(1);
            if in_frame && !ident_start_at(text, byte_col - 1) {
                byte_col += 1;
            }
        }
        out.push_str(&format!("{line}:{}", utf16_column(text, byte_col)));
        rest = &tail[1 + col_digits.len()..];
    }
    out.push_str(rest);
    out
}

/// Whether an identifier starts at byte `at` of `text`.
fn ident_start_at(text: &str, at: usize) -> bool {
    let Some(c) = text.get(at..).and_then(|t| t.chars().next()) else {
        return false;
    };
    let prev = text.get(..at).and_then(|t| t.chars().next_back());
    is_ident(c) && !c.is_ascii_digit() && !prev.is_some_and(is_ident)
}

/// A 1-based byte column of `text` as a 1-based UTF-16 column.
fn utf16_column(text: &str, byte_col: usize) -> usize {
    let mut end = byte_col.saturating_sub(1).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text[..end].encode_utf16().count() + 1
}

/// The first `name:LINE:COL` in a stack.
fn first_position(stack: &str, name: &str) -> Option<(usize, usize)> {
    let needle = format!("{name}:");
    let i = stack.find(&needle)?;
    let after = &stack[i + needle.len()..];
    let mut parts = after.splitn(3, |c: char| !c.is_ascii_digit());
    let line = parts.next()?.parse().ok()?;
    let col = parts.next()?.parse().ok()?;
    Some((line, col))
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '$'
}

/// Renders the callee at a QuickJS call position the way V8 names it.
fn callee_text(line: &[char], at: usize) -> Option<String> {
    if at >= line.len() {
        return None;
    }
    // A member call's position is on the property name (V8's column); its dot comes first.
    let mut at = at;
    if is_ident(line[at]) {
        let mut j = at;
        while j > 0 && line[j - 1].is_whitespace() {
            j -= 1;
        }
        if j > 0 && line[j - 1] == '.' {
            at = j - 1;
        }
    }
    if line[at] == '.' {
        // Member call: the column is on the dot before the property.
        let prop: String = line[at + 1..]
            .iter()
            .take_while(|c| is_ident(**c))
            .collect();
        if prop.is_empty() {
            return None;
        }
        let mut j = at;
        let mut depth = 0i32;
        while j > 0 {
            let c = line[j - 1];
            match c {
                ']' | ')' => depth += 1,
                '[' | '(' if depth > 0 => depth -= 1,
                _ if depth > 0 => {}
                c if is_ident(c) || c == '.' => {}
                _ => break,
            }
            j -= 1;
        }
        let object: String = line[j..at].iter().collect();
        let object = if object.is_empty() || object.ends_with(')') {
            "(intermediate value)".to_string()
        } else {
            bracket_to_dot(&object)
        };
        return Some(format!("{object}.{prop}"));
    }
    let start = line[at..].iter().position(|c| !c.is_whitespace())? + at;
    let mut depth = 0i32;
    let mut end = start;
    while end < line.len() {
        let c = line[end];
        match c {
            '[' => depth += 1,
            ']' => depth -= 1,
            '(' if depth == 0 => break,
            _ if depth > 0 => {}
            c if is_ident(c) || c == '.' => {}
            _ => break,
        }
        end += 1;
    }
    let text: String = line[start..end].iter().collect();
    if text.is_empty() || line.get(end) != Some(&'(') {
        return None;
    }
    Some(bracket_to_dot(&text))
}

/// `o['k']` -> `o.k` (V8 prints string-keyed members with dots).
fn bracket_to_dot(expr: &str) -> String {
    let mut out = String::new();
    let mut rest = expr;
    while let Some(i) = rest.find('[') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        match after.find(']') {
            Some(j) => {
                let key = after[..j].trim();
                let unquoted = key
                    .strip_prefix('\'')
                    .and_then(|k| k.strip_suffix('\''))
                    .or_else(|| key.strip_prefix('"').and_then(|k| k.strip_suffix('"')));
                match unquoted {
                    Some(k) => {
                        out.push('.');
                        out.push_str(k);
                    }
                    None => {
                        out.push('[');
                        out.push_str(key);
                        out.push(']');
                    }
                }
                rest = &after[j + 1..];
            }
            None => {
                out.push_str(&rest[i..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

fn needs_token(message: &str) -> bool {
    message.starts_with("expecting")
        || message == "invalid property name"
        || message == "variable name expected"
        || message == "identifier expected"
        || message == "unexpected token"
        || message.starts_with("unexpected token in")
}

const KEYWORDS: &[&str] = &[
    "break",
    "case",
    "catch",
    "class",
    "const",
    "continue",
    "debugger",
    "default",
    "delete",
    "do",
    "else",
    "export",
    "extends",
    "finally",
    "for",
    "function",
    "if",
    "import",
    "in",
    "instanceof",
    "new",
    "return",
    "super",
    "switch",
    "this",
    "throw",
    "try",
    "typeof",
    "var",
    "void",
    "while",
    "with",
    "null",
    "true",
    "false",
    "enum",
];

/// V8's "Unexpected ..." sentence for the token at a syntax error position.
fn unexpected_at(line: &[char], at: usize) -> String {
    let start = line
        .iter()
        .skip(at)
        .position(|c| !c.is_whitespace())
        .map(|p| p + at);
    let Some(start) = start else {
        return "Unexpected end of input".to_string();
    };
    let c = line[start];
    if is_ident(c) && !c.is_ascii_digit() {
        let word: String = line[start..].iter().take_while(|c| is_ident(**c)).collect();
        return if KEYWORDS.contains(&word.as_str()) {
            format!("Unexpected token '{word}'")
        } else {
            format!("Unexpected identifier '{word}'")
        };
    }
    if c.is_ascii_digit() {
        return "Unexpected number".to_string();
    }
    if c == '"' || c == '\'' {
        return "Unexpected string".to_string();
    }
    if c == '`' {
        return "Unexpected template string".to_string();
    }
    for op in [
        "=>", "===", "!==", "==", "!=", "&&", "||", "??", "...", "++", "--",
    ] {
        let chars: Vec<char> = op.chars().collect();
        if line[start..].starts_with(&chars) {
            return format!("Unexpected token '{op}'");
        }
    }
    format!("Unexpected token '{c}'")
}

fn quoted_token(msg: &str, prefix: &str) -> Option<String> {
    msg.strip_prefix(prefix).map(|rest| rest.trim().to_string())
}

fn v8_wording(name: &str, message: &str) -> (String, String) {
    let n = name.to_string();
    let fixed = |s: &str| (n.clone(), s.to_string());
    match (name, message) {
        ("InternalError", "stack overflow") => (
            "RangeError".to_string(),
            "Maximum call stack size exceeded".to_string(),
        ),
        ("InternalError", "out of memory") => (
            "RangeError".to_string(),
            "Out of memory: the script exceeded the sandbox memory limit".to_string(),
        ),
        ("SyntaxError", _) => (n.clone(), syntax_message(message)),
        ("TypeError", "cannot convert symbol to string") => {
            fixed("Cannot convert a Symbol value to a string")
        }
        ("TypeError", "empty array") => fixed("Reduce of empty array with no initial value"),
        ("TypeError", m) if m.ends_with("is read-only") => {
            fixed("Assignment to constant variable.")
        }
        ("TypeError", _) => (n.clone(), type_message(message)),
        ("RangeError", "invalid array length") => fixed("Invalid array length"),
        ("RangeError", "invalid repeat count") => fixed("Invalid count value"),
        ("URIError", _) => fixed("URI malformed"),
        ("ReferenceError", m) if m.ends_with(" is not initialized") => {
            let var = m.trim_end_matches(" is not initialized");
            (
                n.clone(),
                format!("Cannot access '{var}' before initialization"),
            )
        }
        _ => (n.clone(), message.to_string()),
    }
}

fn syntax_message(message: &str) -> String {
    if let Some(tok) = quoted_token(message, "unexpected token in expression:") {
        return format!("Unexpected token {tok}");
    }
    if let Some(tok) = quoted_token(message, "unexpected token:") {
        return format!("Unexpected token {tok}");
    }
    match message {
        "unexpected end of input" | "unexpected end of expression" => {
            "Unexpected end of input".to_string()
        }
        "unexpected end of string" => "Invalid or unexpected token".to_string(),
        "function name expected" => "Function statements require a function name".to_string(),
        m if m.starts_with("expecting") => "Unexpected token".to_string(),
        _ => {
            let mut c = message.chars();
            match c.next() {
                Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
                None => String::new(),
            }
        }
    }
}

fn type_message(message: &str) -> String {
    // QuickJS: "cannot read property 'x' of undefined" -> V8: "Cannot read properties of
    // undefined (reading 'x')".
    for kind in ["undefined", "null"] {
        if let Some(rest) = message.strip_prefix("cannot read property ")
            && let Some(prop) = rest.strip_suffix(&format!(" of {kind}"))
        {
            return format!("Cannot read properties of {kind} (reading {prop})");
        }
        if let Some(rest) = message.strip_prefix("cannot set property ")
            && let Some(prop) = rest.strip_suffix(&format!(" of {kind}"))
        {
            return format!("Cannot set properties of {kind} (setting {prop})");
        }
    }
    message.to_string()
}
