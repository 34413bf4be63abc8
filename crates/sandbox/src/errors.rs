//! JavaScript exceptions -> [`ScriptError`], with QuickJS wording mapped to V8's where Newman
//! users would see a different sentence.

use rquickjs::{Ctx, Object, Value};

use crate::types::ScriptError;

/// Converts a caught exception value into a [`ScriptError`].
pub(crate) fn script_error<'js>(ctx: &Ctx<'js>, value: Value<'js>) -> ScriptError {
    polish(error_from_value(ctx, value))
}

/// Reads `name`, `message` and `stack` from an error object (or stringifies a thrown value).
pub(crate) fn error_from_value<'js>(_ctx: &Ctx<'js>, value: Value<'js>) -> ScriptError {
    if let Some(obj) = value.as_object() {
        let get = |o: &Object<'js>, k: &str| -> Option<String> {
            let v: Value = o.get(k).ok()?;
            if v.is_undefined() || v.is_null() {
                return None;
            }
            v.as_string().and_then(|s| s.to_string().ok()).or_else(|| {
                v.as_number().map(|n| n.to_string())
            })
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

/// Maps QuickJS messages to the V8 wording Newman prints, and builds a V8-like stack head.
pub(crate) fn polish(mut e: ScriptError) -> ScriptError {
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
            .filter(|l| !l.contains("cogman-prelude.js") && !l.contains("(native)"))
            .collect::<Vec<_>>()
            .join("\n")
    });
    e.stack = Some(match frames.as_deref() {
        Some(s) if !s.trim().is_empty() && !s.starts_with(&head) => {
            format!("{head}\n{}", s.trim_end())
        }
        Some(s) if !s.trim().is_empty() => s.trim_end().to_string(),
        _ => head,
    });
    e
}

fn quoted_token(msg: &str, prefix: &str) -> Option<String> {
    msg.strip_prefix(prefix).map(|rest| rest.trim().to_string())
}

fn v8_wording(name: &str, message: &str) -> (String, String) {
    let n = name.to_string();
    let m = message.to_string();
    match name {
        "InternalError" if message == "stack overflow" => (
            "RangeError".to_string(),
            "Maximum call stack size exceeded".to_string(),
        ),
        "InternalError" if message == "out of memory" => (
            "RangeError".to_string(),
            "Out of memory: the script exceeded the sandbox memory limit".to_string(),
        ),
        "SyntaxError" => (n, syntax_message(message)),
        "TypeError" => (n, type_message(message)),
        _ => (n, m),
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
        "unexpected end of input" | "unexpected end of string" => {
            "Unexpected end of input".to_string()
        }
        "unexpected end of expression" => "Unexpected end of input".to_string(),
        "expecting ';'" | "expecting ')'" | "expecting '}'" | "expecting ']'" => {
            "Unexpected token".to_string()
        }
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
