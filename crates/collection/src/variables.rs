//! Variable scopes and `{{name}}` resolution.
//!
//! Semantics follow postman-collection 4.4.0 (`VariableScope`, `VariableList`, `Substitutor`):
//! a scope may hold several entries with one key; lookups use the last enabled one; `set`
//! updates the last enabled entry or appends a new one (a disabled entry is never revived);
//! `unset` removes the enabled entries and keeps disabled ones.

use serde_json::{Map, Value};

use crate::model::{Variable, cast_in};

/// One entry of a [`VariableScope`].
#[derive(Debug, Clone, PartialEq)]
pub struct ScopeEntry {
    /// Variable name.
    pub key: String,
    /// Value with its JSON (JavaScript) type.
    pub value: Value,
    /// Declared type (`string`, `secret`, `default`, `any`, ...), if any.
    pub kind: Option<String>,
    /// Disabled entries are kept (for export) but never resolve.
    pub enabled: bool,
}

impl ScopeEntry {
    /// True when the entry is declared `secret`.
    pub fn is_secret(&self) -> bool {
        self.kind.as_deref() == Some("secret")
    }
}

/// An ordered set of variables: globals, an environment, collection variables, one row of
/// iteration data, or the local (`pm.variables`) scope.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VariableScope {
    /// Scope id (environment and globals files carry one).
    pub id: Option<String>,
    /// Scope name (environment name).
    pub name: Option<String>,
    entries: Vec<ScopeEntry>,
}

impl VariableScope {
    /// An empty scope.
    pub fn new() -> Self {
        Self::default()
    }

    /// A scope holding `vars` in order (disabled ones kept but inert).
    pub fn from_variables(vars: &[Variable]) -> Self {
        VariableScope {
            id: None,
            name: None,
            entries: vars
                .iter()
                .map(|v| ScopeEntry {
                    key: v.key.clone(),
                    value: v.value.clone(),
                    kind: v.kind.clone(),
                    enabled: !v.disabled,
                })
                .collect(),
        }
    }

    /// A scope from a plain object (an iteration data row, `--env-var` pairs).
    pub fn from_object<'a, I>(pairs: I) -> Self
    where
        I: IntoIterator<Item = (&'a String, &'a Value)>,
    {
        let mut s = VariableScope::new();
        for (k, v) in pairs {
            s.set(k, v.clone());
        }
        s
    }

    fn last_enabled(&self, key: &str) -> Option<usize> {
        self.entries.iter().rposition(|e| e.enabled && e.key == key)
    }

    /// The value of the last enabled entry named `key`.
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.last_enabled(key).map(|i| &self.entries[i].value)
    }

    /// The last enabled entry named `key`, with its metadata.
    pub fn entry(&self, key: &str) -> Option<&ScopeEntry> {
        self.last_enabled(key).map(|i| &self.entries[i])
    }

    /// True when an enabled entry named `key` exists.
    pub fn has(&self, key: &str) -> bool {
        self.last_enabled(key).is_some()
    }

    /// Sets `key`: updates the last enabled entry (casting to its declared `string`,
    /// `number` or `boolean` type like postman-collection does) or appends a new entry.
    pub fn set(&mut self, key: &str, value: Value) {
        match self.last_enabled(key) {
            Some(i) => {
                let e = &mut self.entries[i];
                e.value = cast_in(e.kind.as_deref(), value);
            }
            None => self.entries.push(ScopeEntry {
                key: key.to_string(),
                value,
                kind: None,
                enabled: true,
            }),
        }
    }

    /// Sets `key` and its declared type (`pm.environment.set(k, v, type)`).
    pub fn set_with_kind(&mut self, key: &str, value: Value, kind: Option<&str>) {
        let value = cast_in(kind, value);
        match self.last_enabled(key) {
            Some(i) => {
                let e = &mut self.entries[i];
                e.value = value;
                if let Some(k) = kind {
                    e.kind = Some(k.to_string());
                }
            }
            None => self.entries.push(ScopeEntry {
                key: key.to_string(),
                value,
                kind: kind.map(str::to_string),
                enabled: true,
            }),
        }
    }

    /// Removes the enabled entries named `key` (disabled ones stay, as in Postman).
    pub fn unset(&mut self, key: &str) {
        self.entries.retain(|e| !(e.enabled && e.key == key));
    }

    /// Removes every entry.
    pub fn clear(&mut self) {
        self.entries.clear();
    }

    /// Enabled variables as an object; a later duplicate wins, keeping the first position.
    pub fn to_object(&self) -> Map<String, Value> {
        let mut m = Map::new();
        for e in self.entries.iter().filter(|e| e.enabled) {
            m.insert(e.key.clone(), e.value.clone());
        }
        m
    }

    /// Every entry, including disabled ones, in order.
    pub fn entries(&self) -> &[ScopeEntry] {
        &self.entries
    }

    /// Appends an entry as is (used when loading files).
    pub fn push_entry(&mut self, entry: ScopeEntry) {
        self.entries.push(entry);
    }

    /// Keys of entries declared `type: "secret"`, so their values can be registered for
    /// redaction.
    pub fn secret_keys(&self) -> Vec<&str> {
        self.entries
            .iter()
            .filter(|e| e.is_secret())
            .map(|e| e.key.as_str())
            .collect()
    }

    /// Number of entries (including disabled ones).
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when the scope has no entries at all.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The entries as [`Variable`]s.
    pub fn to_variables(&self) -> Vec<Variable> {
        self.entries
            .iter()
            .map(|e| Variable {
                key: e.key.clone(),
                value: e.value.clone(),
                kind: e.kind.clone(),
                disabled: !e.enabled,
                id: None,
                description: None,
            })
            .collect()
    }

    /// Resolves `{{name}}` in `template` against this scope alone (plus dynamic variables),
    /// like `pm.environment.replaceIn`.
    pub fn replace_in(&self, template: &str) -> String {
        substitute(template, &|name| self.get(name).map(var_to_string))
    }
}

/// The five scopes a run resolves against.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Scopes {
    /// `-g` file, `--global-var`, `pm.globals`.
    pub globals: VariableScope,
    /// Collection variables (`pm.collectionVariables`).
    pub collection: VariableScope,
    /// `-e` file, `--env-var`, `pm.environment`.
    pub environment: VariableScope,
    /// The current iteration data row (`pm.iterationData`).
    pub data: VariableScope,
    /// `pm.variables.set` values; they persist for the rest of the run.
    pub local: VariableScope,
}

impl Scopes {
    /// The effective value of `name`: local > data > environment > collection > globals.
    /// Dynamic variables are not consulted (they have no stored value).
    pub fn get(&self, name: &str) -> Option<&Value> {
        self.local
            .get(name)
            .or_else(|| self.data.get(name))
            .or_else(|| self.environment.get(name))
            .or_else(|| self.collection.get(name))
            .or_else(|| self.globals.get(name))
    }

    /// True when any scope has an enabled `name`.
    pub fn has(&self, name: &str) -> bool {
        self.get(name).is_some()
    }

    /// All effective variables merged (lowest scope first, higher scopes override), like
    /// `pm.variables.toObject()`.
    pub fn to_object(&self) -> Map<String, Value> {
        let mut m = Map::new();
        for s in [
            &self.globals,
            &self.collection,
            &self.environment,
            &self.data,
            &self.local,
        ] {
            for (k, v) in s.to_object() {
                m.insert(k, v);
            }
        }
        m
    }

    /// Replaces every `{{name}}` in `template`. Values are stringified like JavaScript's
    /// `String(value)`; a value that itself holds `{{...}}` is resolved in the next pass (at
    /// most 19 passes, as Postman); unknown names stay literally; `{{$guid}}` and the other
    /// dynamic variables get a fresh value at each occurrence, unless a scope defines a
    /// variable of the same name.
    pub fn resolve(&self, template: &str) -> String {
        substitute(template, &|name| self.get(name).map(var_to_string))
    }

    /// [`Scopes::resolve`] applied to every string inside `value` (object keys untouched),
    /// for request JSON.
    pub fn resolve_json(&self, value: &Value) -> Value {
        match value {
            Value::String(s) => Value::String(self.resolve(s)),
            Value::Array(a) => Value::Array(a.iter().map(|v| self.resolve_json(v)).collect()),
            Value::Object(o) => Value::Object(
                o.iter()
                    .map(|(k, v)| (k.clone(), self.resolve_json(v)))
                    .collect(),
            ),
            other => other.clone(),
        }
    }
}

/// Postman's substitution limit: a template is rescanned while a pass replaced something, at
/// most this many times.
pub const MAX_SUBSTITUTION_PASSES: usize = 19;

/// Runs Postman's substitution loop over `template` with `lookup` for user variables and the
/// dynamic variables as the lowest layer.
pub fn substitute(template: &str, lookup: &dyn Fn(&str) -> Option<String>) -> String {
    if !template.contains("{{") {
        return template.to_string();
    }
    let mut current = template.to_string();
    for _ in 0..MAX_SUBSTITUTION_PASSES {
        let (next, matched) = substitute_once(&current, lookup);
        current = next;
        // Postman counts an unresolved token as a replacement too, so it keeps scanning; a
        // pass that found no token at all ends the loop.
        if !matched {
            break;
        }
    }
    current
}

/// One pass of `/\{\{([^{}]*?)}}/g`. Returns the new text and whether any token was found.
fn substitute_once(s: &str, lookup: &dyn Fn(&str) -> Option<String>) -> (String, bool) {
    let mut out = String::with_capacity(s.len());
    let mut matched = false;
    let mut rest = s;
    while let Some(start) = rest.find("{{") {
        let after = &rest[start + 2..];
        // The token may not contain braces; the earliest `}}` with none in between.
        let close = after.find(['{', '}']).and_then(|i| {
            if after[i..].starts_with("}}") {
                Some(i)
            } else {
                None
            }
        });
        match close {
            Some(len) => {
                matched = true;
                let name = &after[..len];
                out.push_str(&rest[..start]);
                match lookup(name).or_else(|| crate::dynamic::generate(name)) {
                    Some(v) => out.push_str(&v),
                    None => {
                        out.push_str("{{");
                        out.push_str(name);
                        out.push_str("}}");
                    }
                }
                rest = &after[len + 2..];
            }
            None => {
                // Not a token here; keep the first `{` and rescan from the next character so
                // `{{{a}}` still finds `{{a}}`.
                out.push_str(&rest[..start + 1]);
                rest = &rest[start + 1..];
            }
        }
    }
    out.push_str(rest);
    (out, matched)
}

/// A variable's text in a substitution (postman-collection `Variable#toString`): `null` reads
/// `"null"`, everything else as `String(value)`.
pub fn var_to_string(v: &Value) -> String {
    js_string(v)
}

/// JavaScript `String(value)`: numbers as JS prints them, objects as `[object Object]`,
/// arrays joined with commas (null elements empty), `null` as `"null"`.
pub fn js_string(v: &Value) -> String {
    match v {
        Value::Null => "null".to_string(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => js_number_string(n),
        Value::String(s) => s.clone(),
        Value::Array(a) => a
            .iter()
            .map(|e| match e {
                Value::Null => String::new(),
                other => js_string(other),
            })
            .collect::<Vec<_>>()
            .join(","),
        Value::Object(_) => "[object Object]".to_string(),
    }
}

/// JavaScript's Number-to-String for a JSON number.
pub fn js_number_string(n: &serde_json::Number) -> String {
    if let Some(i) = n.as_i64()
        && i.unsigned_abs() < (1u64 << 53)
    {
        return i.to_string();
    }
    if let Some(u) = n.as_u64()
        && u < (1u64 << 53)
    {
        return u.to_string();
    }
    match n.as_f64() {
        Some(f) => js_f64_string(f),
        None => n.to_string(),
    }
}

/// ECMAScript `Number::toString(x)` (radix 10).
pub fn js_f64_string(f: f64) -> String {
    if f.is_nan() {
        return "NaN".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "Infinity" } else { "-Infinity" }.into();
    }
    if f == 0.0 {
        return "0".into();
    }
    let sign = if f < 0.0 { "-" } else { "" };
    // `{:e}` gives the shortest round-trip digits: `d.ddde±x`.
    let sci = format!("{:e}", f.abs());
    let (mant, exp) = match sci.split_once('e') {
        Some(p) => p,
        None => return format!("{sign}{}", f.abs()),
    };
    let digits: String = mant.chars().filter(|c| *c != '.').collect();
    let k = digits.len() as i64;
    let n = exp.parse::<i64>().unwrap_or(0) + 1;
    let body = if k <= n && n <= 21 {
        format!("{digits}{}", "0".repeat((n - k) as usize))
    } else if 0 < n && n <= 21 {
        format!("{}.{}", &digits[..n as usize], &digits[n as usize..])
    } else if -6 < n && n <= 0 {
        format!("0.{}{digits}", "0".repeat((-n) as usize))
    } else {
        let e = n - 1;
        let es = if e >= 0 {
            format!("+{e}")
        } else {
            e.to_string()
        };
        if k == 1 {
            format!("{digits}e{es}")
        } else {
            format!("{}.{}e{es}", &digits[..1], &digits[1..])
        }
    };
    format!("{sign}{body}")
}

/// JavaScript truthiness (`Boolean(value)`).
pub fn js_truthy(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::Number(n) => n.as_f64().is_some_and(|f| f != 0.0 && !f.is_nan()),
        Value::String(s) => !s.is_empty(),
        Value::Array(_) | Value::Object(_) => true,
    }
}

/// JavaScript `Number(value)` as JSON; `NaN` has no JSON form and becomes `null`.
pub fn js_number(v: &Value) -> Value {
    let f = match v {
        Value::Null => Some(0.0),
        Value::Bool(b) => Some(if *b { 1.0 } else { 0.0 }),
        Value::Number(_) => return v.clone(),
        Value::String(s) => {
            let t = s.trim();
            if t.is_empty() {
                Some(0.0)
            } else if let Some(hex) = t.strip_prefix("0x").or_else(|| t.strip_prefix("0X")) {
                u64::from_str_radix(hex, 16).ok().map(|u| u as f64)
            } else if t == "Infinity" || t == "+Infinity" || t == "-Infinity" {
                None
            } else if t.chars().all(|c| c.is_ascii_digit() || "+-.eE".contains(c)) {
                t.parse::<f64>().ok()
            } else {
                None
            }
        }
        Value::Array(a) if a.is_empty() => Some(0.0),
        Value::Array(a) if a.len() == 1 => return js_number(&Value::String(js_string(&a[0]))),
        _ => None,
    };
    match f {
        Some(f) => number_value(f),
        None => Value::Null,
    }
}

/// `value` with integral floats written as integers (`1.0` -> `1`), as `JSON.stringify`
/// writes them; used for exported files.
pub fn js_json(value: &Value) -> Value {
    match value {
        Value::Number(n) if n.is_f64() => n.as_f64().map(number_value).unwrap_or(Value::Null),
        Value::Array(a) => Value::Array(a.iter().map(js_json).collect()),
        Value::Object(o) => Value::Object(o.iter().map(|(k, v)| (k.clone(), js_json(v))).collect()),
        other => other.clone(),
    }
}

/// A JSON number from an f64, as an integer when it is one (so `5` stays `5`, not `5.0`).
pub(crate) fn number_value(f: f64) -> Value {
    if f.fract() == 0.0 && f.abs() < 9_007_199_254_740_992.0 {
        Value::Number(serde_json::Number::from(f as i64))
    } else {
        serde_json::Number::from_f64(f)
            .map(Value::Number)
            .unwrap_or(Value::Null)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn js_numbers() {
        let cases = [
            (json!(5), "5"),
            (json!(-3), "-3"),
            (json!(1.5), "1.5"),
            (json!(0.1), "0.1"),
            (json!(1e21), "1e+21"),
            (json!(1e20), "100000000000000000000"),
            (json!(1.5e-7), "1.5e-7"),
            (json!(0.000001), "0.000001"),
            (json!(123456789.125), "123456789.125"),
            (json!(-0.0), "0"),
            (json!(2.0), "2"),
        ];
        for (v, s) in cases {
            assert_eq!(js_string(&v), s, "{v}");
        }
    }

    #[test]
    fn js_strings_of_containers() {
        assert_eq!(js_string(&json!({"a": 1})), "[object Object]");
        assert_eq!(js_string(&json!([1, null, "x", [2, 3]])), "1,,x,2,3");
        assert_eq!(js_string(&json!(null)), "null");
        assert_eq!(js_string(&json!(true)), "true");
    }

    #[test]
    fn scope_set_unset_disabled() {
        let mut s = VariableScope::from_variables(&[
            Variable {
                key: "a".into(),
                value: json!("off"),
                disabled: true,
                ..Variable::default()
            },
            Variable {
                key: "n".into(),
                value: json!("1"),
                kind: Some("number".into()),
                ..Variable::default()
            },
        ]);
        assert_eq!(s.get("a"), None);
        assert!(!s.has("a"));
        s.set("a", json!(1));
        assert_eq!(s.get("a"), Some(&json!(1)));
        assert_eq!(s.len(), 3);
        s.unset("a");
        assert_eq!(s.get("a"), None);
        assert_eq!(s.len(), 2, "disabled entry kept");
        s.set("n", json!("7"));
        assert_eq!(s.get("n"), Some(&json!(7)), "number type casts");
        s.clear();
        assert!(s.is_empty());
    }

    #[test]
    fn substitution_rules() {
        let mut sc = Scopes::default();
        sc.globals.set("host", json!("g"));
        sc.environment.set("host", json!("e"));
        sc.environment.set("inner", json!("{{host}}"));
        sc.environment.set("n", json!(42));
        sc.environment.set("o", json!({"a": 1}));
        assert_eq!(
            sc.resolve("{{host}}/{{inner}}/{{n}}/{{o}}"),
            "e/e/42/[object Object]"
        );
        assert_eq!(
            sc.resolve("{{missing}} {{ host }}"),
            "{{missing}} {{ host }}"
        );
        assert_eq!(sc.resolve("{{{host}}}"), "{e}");
        assert_eq!(sc.resolve("no vars"), "no vars");
        // nested name built from another variable
        sc.environment.set("which", json!("host"));
        assert_eq!(sc.resolve("{{{{which}}}}"), "e");
        // self reference stops after the pass limit
        sc.environment.set("loop", json!("{{loop}}"));
        assert_eq!(sc.resolve("{{loop}}"), "{{loop}}");
    }
}
