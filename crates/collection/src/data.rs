//! Iteration data files: a JSON array of objects, or CSV with a header row.

use std::path::Path;

use indexmap::IndexMap;
use serde_json::Value;

use crate::error::{ParseError, ParseErrorKind, type_name};

/// One iteration's data: column name -> value.
pub type DataRow = IndexMap<String, Value>;

/// All rows of an iteration data file, in order.
pub type DataFile = Vec<DataRow>;

/// Reads iteration data. Like Newman, the text is tried as JSON first and read as CSV when
/// it is not JSON.
pub fn parse_data_file(path: &Path) -> Result<DataFile, ParseError> {
    let origin = crate::error::display_path(path);
    let text = crate::read_text(path, &origin)?;
    parse_data_str(&text, &origin)
}

/// Parses iteration data text; `origin` names it in errors.
pub fn parse_data_str(text: &str, origin: &str) -> Result<DataFile, ParseError> {
    let trimmed = text.strip_prefix('\u{feff}').unwrap_or(text).trim();
    if trimmed.starts_with('[') || trimmed.starts_with('{') {
        // Text that starts like JSON is JSON: a mistake in it is reported with its position
        // rather than read as a puzzling one-column CSV file.
        let v = crate::parse_json_text(text, origin)?;
        return json_rows(&v, origin);
    }
    match serde_json::from_str::<Value>(trimmed) {
        Ok(v) => json_rows(&v, origin),
        Err(_) => parse_csv(text.strip_prefix('\u{feff}').unwrap_or(text), origin),
    }
}

fn json_rows(v: &Value, origin: &str) -> Result<DataFile, ParseError> {
    let arr = v.as_array().ok_or_else(|| {
        ParseError::new(
            origin,
            ParseErrorKind::Shape,
            format!(
                "iteration data must be a JSON array of objects (or CSV), found {}",
                type_name(v)
            ),
        )
    })?;
    let mut rows = Vec::with_capacity(arr.len());
    for (i, row) in arr.iter().enumerate() {
        match row {
            Value::Object(o) => rows.push(o.iter().map(|(k, v)| (k.clone(), v.clone())).collect()),
            other => {
                let mut e = ParseError::new(
                    origin,
                    ParseErrorKind::Shape,
                    format!(
                        "iteration data row {} must be an object, found {}",
                        i + 1,
                        type_name(other)
                    ),
                );
                e.json_path = Some(format!("[{i}]"));
                return Err(e);
            }
        }
    }
    Ok(rows)
}

/// CSV the way Newman configures csv-parse: header row gives the column names, fields are
/// trimmed around delimiters, `"` quotes with `""` as the escape, rows may have fewer or more
/// fields than the header, and unquoted fields that look like integers or floats become
/// numbers (quoted fields always stay strings).
fn parse_csv(text: &str, origin: &str) -> Result<DataFile, ParseError> {
    let records = crate::csv_read::read_records(text).map_err(|(line, msg)| {
        ParseError::new(
            origin,
            ParseErrorKind::Syntax,
            format!("invalid CSV: {msg}"),
        )
        .at(line, 1)
    })?;
    let mut iter = records.into_iter();
    let header: Vec<String> = match iter.next() {
        Some(h) => h.fields.into_iter().map(|f| f.text).collect(),
        None => return Ok(Vec::new()),
    };
    let mut rows = Vec::new();
    for rec in iter {
        let mut row = DataRow::new();
        for (i, field) in rec.fields.into_iter().enumerate() {
            // csv-parse with relax_column_count drops fields beyond the header.
            let Some(name) = header.get(i) else { break };
            let value = if field.quoted {
                Value::String(field.text)
            } else {
                auto_cast(&field.text)
            };
            row.insert(name.clone(), value);
        }
        rows.push(row);
    }
    Ok(rows)
}

/// Newman's `csvAutoParse` for an unquoted field: `/^(-|\+)?([1-9]+[0-9]*)$/` becomes an
/// integer, then anything for which `value - parseFloat(value) + 1 >= 0` holds becomes
/// `parseFloat(value)` (so `007` is 7 and `1e3` is 1000); everything else (`true`, empty,
/// `Infinity`, `12abc`) stays a string.
pub fn auto_cast(s: &str) -> Value {
    if is_int(s) {
        if let Ok(i) = s.parse::<i64>() {
            return Value::Number(i.into());
        }
        // Too big for i64: JS parseInt gives a (lossy) float.
        if let Ok(f) = s.parse::<f64>() {
            return crate::variables::number_value(f);
        }
    }
    if let Some(f) = js_is_float(s) {
        return crate::variables::number_value(f);
    }
    Value::String(s.to_string())
}

fn is_int(s: &str) -> bool {
    let d = s.strip_prefix(['-', '+']).unwrap_or(s);
    !d.is_empty() && !d.starts_with('0') && d.bytes().all(|b| b.is_ascii_digit())
}

/// `(value - parseFloat(value) + 1) >= 0` in JS: true only when both `Number(value)` and
/// `parseFloat(value)` are numbers, which for a string means the whole (trimmed) text is a
/// decimal literal. Returns `parseFloat(value)` then.
fn js_is_float(s: &str) -> Option<f64> {
    let t = s.trim();
    if t.is_empty() {
        return None; // Number("") is 0 but parseFloat("") is NaN.
    }
    // Number(value): the whole string must be a number (hex/octal/binary and Infinity too).
    let number = js_number_literal(t)?;
    let pf = js_parse_float(t)?;
    (number - pf + 1.0 >= 0.0).then_some(pf)
}

/// `Number(str)` for a trimmed, non-empty string; `None` for NaN.
fn js_number_literal(t: &str) -> Option<f64> {
    let lower = t.to_ascii_lowercase();
    for (prefix, radix) in [("0x", 16), ("0o", 8), ("0b", 2)] {
        if let Some(rest) = lower.strip_prefix(prefix) {
            return u64::from_str_radix(rest, radix).ok().map(|u| u as f64);
        }
    }
    match t {
        "Infinity" | "+Infinity" => return Some(f64::INFINITY),
        "-Infinity" => return Some(f64::NEG_INFINITY),
        _ => {}
    }
    if !t
        .bytes()
        .all(|b| b.is_ascii_digit() || matches!(b, b'+' | b'-' | b'.' | b'e' | b'E'))
    {
        return None;
    }
    t.parse::<f64>().ok()
}

/// `parseFloat(str)`: the longest decimal prefix; `None` for NaN.
fn js_parse_float(t: &str) -> Option<f64> {
    let t = t.trim_start();
    for inf in ["Infinity", "+Infinity", "-Infinity"] {
        if t.starts_with(inf) {
            return Some(if inf.starts_with('-') {
                f64::NEG_INFINITY
            } else {
                f64::INFINITY
            });
        }
    }
    let b = t.as_bytes();
    let mut i = 0;
    if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
        i += 1;
    }
    let int_start = i;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    let mut digits = i - int_start;
    if i < b.len() && b[i] == b'.' {
        let frac_start = i + 1;
        let mut j = frac_start;
        while j < b.len() && b[j].is_ascii_digit() {
            j += 1;
        }
        digits += j - frac_start;
        if digits > 0 {
            i = j;
        }
    }
    if digits == 0 {
        return None;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        let mut j = i + 1;
        if j < b.len() && (b[j] == b'+' || b[j] == b'-') {
            j += 1;
        }
        let exp_start = j;
        while j < b.len() && b[j].is_ascii_digit() {
            j += 1;
        }
        if j > exp_start {
            i = j;
        }
    }
    t[..i].parse::<f64>().ok()
}
