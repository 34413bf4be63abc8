//! Error messages for invalid JSON, worded as Newman prints them.
//!
//! `pm.response.json()` goes through liquid-json: when `JSON.parse` fails it re-parses with a
//! verbose JSON-mode parser whose message names the token, line and column and shows the
//! source line with a caret (`Unexpected token '<' at 1:1\n<html>\n^`), and renames the error
//! `JSONError`. [`json_error`] reproduces that parser's failure positions and sentences;
//! [`v8_json_error`] gives V8's own `JSON.parse` sentence for the cases liquid-json passes
//! through (a non-string body).

/// Characters of context V8 shows on each side of an unexpected token.
const CONTEXT: usize = 10;

/// The message V8's `JSON.parse(text)` throws for invalid `text`.
pub(crate) fn v8_json_error(text: &str) -> String {
    if matches!(text, "undefined" | "NaN" | "Infinity" | "[object Object]") {
        return format!("\"{text}\" is not valid JSON");
    }
    let chars: Vec<char> = text.chars().collect();
    let mut p = V8Parser { s: &chars, i: 0 };
    let result = p.value().and_then(|_| {
        p.ws();
        if p.i < chars.len() {
            Err(Fail::At(
                "Unexpected non-whitespace character after JSON",
                p.i,
            ))
        } else {
            Ok(())
        }
    });
    match result {
        Ok(()) => "Unexpected end of JSON input".to_string(),
        Err(Fail::Eof) => "Unexpected end of JSON input".to_string(),
        Err(Fail::At(msg, pos)) => {
            let before = &chars[..pos.min(chars.len())];
            let line = before.iter().filter(|c| **c == '\n').count() + 1;
            let column = pos - before.iter().rposition(|c| *c == '\n').map_or(0, |i| i + 1) + 1;
            let place = if msg.ends_with("after JSON") {
                ""
            } else {
                " in JSON"
            };
            format!("{msg}{place} at position {pos} (line {line} column {column})")
        }
        Err(Fail::Token(pos)) => unexpected_token(&chars, pos),
    }
}

fn unexpected_token(chars: &[char], pos: usize) -> String {
    let tok = chars.get(pos).copied().unwrap_or(' ');
    let len = chars.len();
    if len <= CONTEXT * 2 + 1 {
        let src: String = chars.iter().collect();
        return format!("Unexpected token '{tok}', \"{src}\" is not valid JSON");
    }
    let (start, end, pre, post) = if pos < CONTEXT {
        (0, pos + CONTEXT, "", "...")
    } else if pos < len - CONTEXT {
        (pos - CONTEXT, pos + CONTEXT, "...", "...")
    } else {
        (pos - CONTEXT, len, "...", "")
    };
    let snippet: String = chars[start..end.min(len)].iter().collect();
    format!("Unexpected token '{tok}', {pre}\"{snippet}\"{post} is not valid JSON")
}

enum Fail {
    Eof,
    Token(usize),
    At(&'static str, usize),
}

struct V8Parser<'a> {
    s: &'a [char],
    i: usize,
}

impl V8Parser<'_> {
    fn peek(&self) -> Option<char> {
        self.s.get(self.i).copied()
    }

    fn ws(&mut self) {
        while matches!(self.peek(), Some(' ' | '\t' | '\n' | '\r')) {
            self.i += 1;
        }
    }

    fn value(&mut self) -> Result<(), Fail> {
        self.ws();
        match self.peek() {
            None => Err(Fail::Eof),
            Some('{') => self.object(),
            Some('[') => self.array(),
            Some('"') => self.string(),
            Some('t') => self.literal("true"),
            Some('f') => self.literal("false"),
            Some('n') => self.literal("null"),
            Some('-' | '0'..='9') => self.number(),
            Some(_) => Err(Fail::Token(self.i)),
        }
    }

    fn literal(&mut self, word: &str) -> Result<(), Fail> {
        for w in word.chars() {
            match self.peek() {
                None => return Err(Fail::Eof),
                Some(c) if c == w => self.i += 1,
                Some(_) => return Err(Fail::Token(self.i)),
            }
        }
        Ok(())
    }

    fn digits(&mut self) -> usize {
        let start = self.i;
        while matches!(self.peek(), Some('0'..='9')) {
            self.i += 1;
        }
        self.i - start
    }

    fn number(&mut self) -> Result<(), Fail> {
        if self.peek() == Some('-') {
            self.i += 1;
            if !matches!(self.peek(), Some('0'..='9')) {
                return Err(Fail::At("No number after minus sign", self.i));
            }
        }
        if self.peek() == Some('0') {
            self.i += 1;
        } else {
            self.digits();
        }
        if self.peek() == Some('.') {
            self.i += 1;
            if self.digits() == 0 {
                return Err(Fail::At("Unterminated fractional number", self.i));
            }
        }
        if matches!(self.peek(), Some('e' | 'E')) {
            self.i += 1;
            if matches!(self.peek(), Some('+' | '-')) {
                self.i += 1;
            }
            if self.digits() == 0 {
                return Err(Fail::At("Exponent part is missing a number", self.i));
            }
        }
        Ok(())
    }

    fn string(&mut self) -> Result<(), Fail> {
        self.i += 1;
        loop {
            match self.peek() {
                None => return Err(Fail::At("Unterminated string", self.s.len())),
                Some('"') => {
                    self.i += 1;
                    return Ok(());
                }
                Some('\\') => {
                    self.i += 1;
                    match self.peek() {
                        None => return Err(Fail::At("Unterminated string", self.s.len())),
                        Some('"' | '\\' | '/' | 'b' | 'f' | 'n' | 'r' | 't') => self.i += 1,
                        Some('u') => {
                            self.i += 1;
                            for _ in 0..4 {
                                match self.peek() {
                                    Some(c) if c.is_ascii_hexdigit() => self.i += 1,
                                    None => {
                                        return Err(Fail::At("Unterminated string", self.s.len()));
                                    }
                                    Some(_) => return Err(Fail::At("Bad Unicode escape", self.i)),
                                }
                            }
                        }
                        Some(_) => return Err(Fail::At("Bad escaped character", self.i)),
                    }
                }
                Some(c) if (c as u32) < 0x20 => {
                    return Err(Fail::At("Bad control character in string literal", self.i));
                }
                Some(_) => self.i += 1,
            }
        }
    }

    fn array(&mut self) -> Result<(), Fail> {
        self.i += 1;
        self.ws();
        if self.peek() == Some(']') {
            self.i += 1;
            return Ok(());
        }
        loop {
            self.value()?;
            self.ws();
            match self.peek() {
                None => return Err(Fail::Eof),
                Some(',') => self.i += 1,
                Some(']') => {
                    self.i += 1;
                    return Ok(());
                }
                Some(_) => {
                    return Err(Fail::At("Expected ',' or ']' after array element", self.i));
                }
            }
        }
    }

    fn object(&mut self) -> Result<(), Fail> {
        self.i += 1;
        self.ws();
        match self.peek() {
            None => return Err(Fail::Eof),
            Some('}') => {
                self.i += 1;
                return Ok(());
            }
            Some('"') => {}
            Some(_) => return Err(Fail::At("Expected property name or '}'", self.i)),
        }
        loop {
            self.string()?;
            self.ws();
            match self.peek() {
                None => return Err(Fail::Eof),
                Some(':') => self.i += 1,
                Some(_) => return Err(Fail::At("Expected ':' after property name", self.i)),
            }
            self.value()?;
            self.ws();
            match self.peek() {
                None => return Err(Fail::Eof),
                Some(',') => {
                    self.i += 1;
                    self.ws();
                    match self.peek() {
                        None => return Err(Fail::Eof),
                        Some('"') => {}
                        Some(_) => {
                            return Err(Fail::At("Expected double-quoted property name", self.i));
                        }
                    }
                }
                Some('}') => {
                    self.i += 1;
                    return Ok(());
                }
                Some(_) => {
                    return Err(Fail::At("Expected ',' or '}' after property value", self.i));
                }
            }
        }
    }
}

/// liquid-json's message for invalid `text` (None when its fallback parser accepts `text`;
/// then the original `JSON.parse` error stands).
pub(crate) fn json_error(text: &str) -> Option<String> {
    let input: Vec<char> = text.chars().collect();
    let mut p = Verbose {
        input: &input,
        pos: 0,
        lineno: 0,
        linestart: 0,
    };
    p.document().err()
}

/// What a parse step produced; only what the error sentences need.
#[derive(Clone)]
enum Item {
    Undefined,
    Str(String),
    Other(String),
}

impl Item {
    fn defined(&self) -> bool {
        !matches!(self, Item::Undefined)
    }
    fn display(&self) -> String {
        match self {
            Item::Undefined => "undefined".to_string(),
            Item::Str(s) | Item::Other(s) => s.clone(),
        }
    }
}

/// The verbose parser in JSON mode: positions advance exactly as liquid-json's do, including
/// reads one past the end, so failures land on the same line and column.
struct Verbose<'a> {
    input: &'a [char],
    pos: usize,
    lineno: usize,
    linestart: usize,
}

type Step<T> = Result<T, String>;

impl Verbose<'_> {
    fn at(&self, i: usize) -> Option<char> {
        self.input.get(i).copied()
    }

    /// `input[position++]`
    fn next(&mut self) -> Option<char> {
        let c = self.at(self.pos);
        self.pos += 1;
        c
    }

    fn fail<T>(&self, msg: Option<String>) -> Step<T> {
        let len = self.input.len();
        let column = self.pos.saturating_sub(self.linestart);
        let msg = msg.unwrap_or_else(|| match self.at(self.pos) {
            Some(c) if self.pos < len => format!("Unexpected token '{}'", token_text(c)),
            _ => "Unexpected end of input".to_string(),
        });
        Err(self.format(&msg, column))
    }

    fn format(&self, msg: &str, column: usize) -> String {
        let position = self.pos as isize;
        let len = self.input.len() as isize;
        let mut out = format!("{msg} at {}:{}", self.lineno + 1, column + 1);
        let mut tmp = position - column as isize - 1;
        if tmp < position - 70 {
            tmp = position - 70;
        }
        let mut srcline = String::new();
        let mut underline = String::new();
        loop {
            tmp += 1;
            let chr = if tmp >= 0 {
                self.at(tmp as usize)
            } else {
                None
            };
            if matches!(chr, Some('\n' | '\r')) || tmp == len || tmp > len {
                if position >= tmp {
                    underline.push('^');
                }
                break;
            }
            let chr = chr.unwrap_or(' ');
            srcline.push(chr);
            if position == tmp {
                underline.push('^');
            } else if position > tmp {
                underline.push(if chr == '\t' { '\t' } else { ' ' });
            }
            if srcline.chars().count() > 78 {
                break;
            }
        }
        out.push('\n');
        out.push_str(&srcline);
        out.push('\n');
        out.push_str(&underline);
        out
    }

    fn newline(&mut self, chr: char) {
        if chr == '\r' && self.at(self.pos) == Some('\n') {
            self.pos += 1;
        }
        self.linestart = self.pos;
        self.lineno += 1;
    }

    fn skip_ws(&mut self) {
        while self.pos < self.input.len() {
            let chr = self.next();
            match chr {
                Some(c @ ('\n' | '\r')) => self.newline(c),
                Some(' ' | '\t') => {}
                _ => {
                    self.pos -= 1;
                    break;
                }
            }
        }
    }

    fn document(&mut self) -> Step<()> {
        let len = self.input.len();
        self.skip_ws();
        let value = self.generic()?;
        if value.defined() || self.pos < len {
            self.skip_ws();
            if self.pos >= len {
                Ok(())
            } else {
                self.fail(None)
            }
        } else if self.pos > 0 {
            self.fail(Some("No data, only a whitespace".to_string()))
        } else {
            self.fail(Some("No data, empty input".to_string()))
        }
    }

    fn generic(&mut self) -> Step<Item> {
        if self.pos >= self.input.len() {
            return Ok(Item::Undefined);
        }
        match self.next() {
            Some('"') => self.string().map(Item::Str),
            Some('{') => self.object(),
            Some('[') => self.array(),
            Some(c) if c == '-' || c == '.' || c.is_ascii_digit() => self.number(),
            Some('n') => self.keyword("null").map(|_| Item::Other("null".into())),
            Some('t') => self.keyword("true").map(|_| Item::Other("true".into())),
            Some('f') => self.keyword("false").map(|_| Item::Other("false".into())),
            _ => {
                self.pos -= 1;
                Ok(Item::Undefined)
            }
        }
    }

    fn key(&mut self) -> Step<Item> {
        if self.pos >= self.input.len() {
            return Ok(Item::Undefined);
        }
        match self.next() {
            Some('"') => self.string().map(Item::Str),
            Some('{') => self.object(),
            Some('[') => self.array(),
            Some(c) if c == '.' || c.is_ascii_digit() => self.number(),
            _ => {
                self.pos -= 1;
                Ok(Item::Undefined)
            }
        }
    }

    fn keyword(&mut self, word: &str) -> Step<()> {
        let start = self.pos;
        for w in word.chars().skip(1) {
            if self.pos >= self.input.len() || self.at(self.pos) != Some(w) {
                self.pos = start - 1;
                return self.fail(None);
            }
            self.pos += 1;
        }
        Ok(())
    }

    fn object(&mut self) -> Step<Item> {
        let mut non_empty = false;
        while self.pos < self.input.len() {
            self.skip_ws();
            let key = self.key()?;
            self.skip_ws();
            let chr = self.next();
            if chr == Some('}') && !key.defined() {
                if non_empty {
                    self.pos -= 1;
                    return self.fail(Some("Trailing comma in object".to_string()));
                }
                return Ok(Item::Other("[object Object]".into()));
            } else if chr == Some(':') && key.defined() {
                self.skip_ws();
                let value = self.generic()?;
                if !value.defined() {
                    return self.fail(Some(format!("No value found for key {}", key.display())));
                }
                if !matches!(key, Item::Str(_)) {
                    return self.fail(Some(format!("Wrong key type: {}", key.display())));
                }
                non_empty = true;
                self.skip_ws();
                match self.next() {
                    Some(',') => continue,
                    Some('}') => return Ok(Item::Other("[object Object]".into())),
                    _ => return self.fail(None),
                }
            } else {
                self.pos -= 1;
                return self.fail(None);
            }
        }
        self.fail(None)
    }

    fn array(&mut self) -> Step<Item> {
        let mut count = 0usize;
        while self.pos < self.input.len() {
            self.skip_ws();
            let item = self.generic()?;
            self.skip_ws();
            let chr = self.next();
            if item.defined() {
                count += 1;
            }
            match chr {
                Some(',') => {
                    if !item.defined() {
                        return self.fail(Some("Elisions are not supported".to_string()));
                    }
                }
                Some(']') => {
                    if !item.defined() && count > 0 {
                        self.pos -= 1;
                        return self.fail(Some("Trailing comma in array".to_string()));
                    }
                    return Ok(Item::Other(String::new()));
                }
                _ => {
                    self.pos -= 1;
                    return self.fail(None);
                }
            }
        }
        // The original falls off the end of its loop here and yields undefined.
        Ok(Item::Undefined)
    }

    fn number(&mut self) -> Step<Item> {
        self.pos -= 1;
        let start = self.pos;
        let digit = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit());
        let mut chr = self.next();
        if chr == Some('-') {
            chr = self.next();
        }
        if chr.is_some_and(|c| ('1'..='9').contains(&c)) {
            while self.pos < self.input.len() && digit(self.at(self.pos)) {
                self.pos += 1;
            }
            chr = self.next();
        }
        if chr == Some('0') {
            chr = self.next();
        }
        if chr == Some('.') {
            while self.pos < self.input.len() && digit(self.at(self.pos)) {
                self.pos += 1;
            }
            chr = self.next();
        }
        if matches!(chr, Some('e' | 'E')) {
            chr = self.next();
            if matches!(chr, Some('-' | '+')) {
                self.pos += 1;
            }
            while self.pos < self.input.len() && digit(self.at(self.pos)) {
                self.pos += 1;
            }
            self.next();
        }
        self.pos -= 1;
        let end = self.pos.min(self.input.len());
        let text: String = self.input[start.min(end)..end].iter().collect();
        let shown = |p: &Self| -> String {
            let stop = (p.pos + 1).min(p.input.len());
            p.input[start.min(stop)..stop].iter().collect()
        };
        if !js_number_ok(&text) {
            self.pos -= 1;
            let s = shown(self);
            return self.fail(Some(format!("Bad numeric literal - \"{s}\"")));
        }
        if !json_number_ok(&text) {
            self.pos -= 1;
            let s = shown(self);
            return self.fail(Some(format!("Non-json numeric literal - \"{s}\"")));
        }
        Ok(Item::Other(text))
    }

    fn string(&mut self) -> Step<String> {
        let mut out = String::new();
        while self.pos < self.input.len() {
            let chr = self.next();
            match chr {
                Some('"') => return Ok(out),
                Some('\\') => {
                    if self.pos >= self.input.len() {
                        return self.fail(None);
                    }
                    match self.next() {
                        Some(c @ ('"' | '\\' | 'b' | 'f' | 'n' | 'r' | 't' | '/')) => out.push(c),
                        Some('u') => {
                            for _ in 0..4 {
                                if self.pos >= self.input.len() {
                                    return self.fail(None);
                                }
                                if !self.at(self.pos).is_some_and(|c| c.is_ascii_hexdigit()) {
                                    return self.fail(Some("Bad escape sequence".to_string()));
                                }
                                self.pos += 1;
                            }
                        }
                        _ => {
                            self.pos -= 1;
                            return self.fail(None);
                        }
                    }
                }
                Some('\n' | '\r') => return self.fail(None),
                Some(c) if (c as u32) < 32 => {
                    self.pos -= 1;
                    return self.fail(Some("Unexpected control character".to_string()));
                }
                Some(c) => out.push(c),
                None => break,
            }
        }
        self.fail(None)
    }
}

/// `JSON.stringify(ch)` without its quotes, with `'` escaped and `\"` unescaped.
fn token_text(c: char) -> String {
    let json = serde_json::to_string(&c.to_string()).unwrap_or_default();
    let inner = json
        .strip_prefix('"')
        .and_then(|s| s.strip_suffix('"'))
        .unwrap_or(&json);
    inner.replace('\'', "\\'").replace("\\\"", "\"")
}

/// `Number(text)` is not NaN (for the characters a number scan can collect).
fn js_number_ok(text: &str) -> bool {
    let t = text.strip_prefix('-').unwrap_or(text);
    if t.is_empty() {
        return false;
    }
    t.parse::<f64>().is_ok() && !t.starts_with('+') && !t.starts_with('-')
}

/// `/^-?(0|[1-9][0-9]*)(\.[0-9]+)?(e[+-]?[0-9]+)?$/i`
fn json_number_ok(text: &str) -> bool {
    let b = text.as_bytes();
    let mut i = 0;
    if b.first() == Some(&b'-') {
        i += 1;
    }
    match b.get(i) {
        Some(b'0') => i += 1,
        Some(b'1'..=b'9') => {
            while b.get(i).is_some_and(u8::is_ascii_digit) {
                i += 1;
            }
        }
        _ => return false,
    }
    if b.get(i) == Some(&b'.') {
        i += 1;
        let s = i;
        while b.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        if i == s {
            return false;
        }
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let s = i;
        while b.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        if i == s {
            return false;
        }
    }
    i == b.len()
}

#[cfg(test)]
mod tests {
    use super::{json_error, v8_json_error};

    #[test]
    fn v8_messages() {
        assert_eq!(v8_json_error(""), "Unexpected end of JSON input");
        assert_eq!(
            v8_json_error("hello"),
            "Unexpected token 'h', \"hello\" is not valid JSON"
        );
        assert_eq!(
            v8_json_error("<!DOCTYPE html><html><body>x</body></html>"),
            "Unexpected token '<', \"<!DOCTYPE \"... is not valid JSON"
        );
        assert_eq!(
            v8_json_error("undefined"),
            "\"undefined\" is not valid JSON"
        );
        assert_eq!(
            v8_json_error("{\"a\":1}x"),
            "Unexpected non-whitespace character after JSON at position 7 (line 1 column 8)"
        );
    }

    #[test]
    fn liquid_json_messages() {
        let e = |s: &str| json_error(s).unwrap_or_else(|| "<none>".to_string());
        assert_eq!(
            e("<html>oops</html>"),
            "Unexpected token '<' at 1:1\n<html>oops</html>\n^"
        );
        assert_eq!(e(""), "No data, empty input at 1:1\n\n^");
        assert_eq!(e("  "), "No data, only a whitespace at 1:3\n  \n  ^");
        assert_eq!(
            e("{\"a\":1,}"),
            "Trailing comma in object at 1:8\n{\"a\":1,}\n       ^"
        );
        assert_eq!(
            e("{\"a\" 1}"),
            "Unexpected token '1' at 1:6\n{\"a\" 1}\n     ^"
        );
        assert_eq!(e("[1,2"), "Unexpected end of input at 1:5\n[1,2\n    ^");
        assert_eq!(
            e("{\n  \"a\": tru\n}"),
            "Unexpected token 't' at 2:8\n  \"a\": tru\n       ^"
        );
        // The scan stops after "0", then the object sees "1" and reports the next character.
        assert_eq!(
            e("{\"a\": 01}"),
            "Unexpected token '}' at 1:9\n{\"a\": 01}\n        ^"
        );
        assert_eq!(
            e("[1.]"),
            "Non-json numeric literal - \"1.\" at 1:3\n[1.]\n  ^"
        );
        assert_eq!(e("{\"a\":1}"), "<none>");
        assert_eq!(e("[1, {\"b\": [true, null, \"x\\n\"]}]"), "<none>");
    }
}
