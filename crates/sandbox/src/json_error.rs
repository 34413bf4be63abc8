//! V8's `JSON.parse` error messages, so `pm.response.json()` fails with the sentence Newman
//! prints (Node 20+ wording).

/// Characters of context V8 shows on each side of an unexpected token.
const CONTEXT: usize = 10;

/// The message V8's `JSON.parse(text)` throws for invalid `text`.
pub(crate) fn v8_json_error(text: &str) -> String {
    if matches!(text, "undefined" | "NaN" | "Infinity" | "[object Object]") {
        return format!("\"{text}\" is not valid JSON");
    }
    let chars: Vec<char> = text.chars().collect();
    let mut p = Parser { s: &chars, i: 0 };
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

struct Parser<'a> {
    s: &'a [char],
    i: usize,
}

impl Parser<'_> {
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

#[cfg(test)]
mod tests {
    use super::v8_json_error;

    #[test]
    fn messages_follow_v8() {
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
        assert_eq!(v8_json_error("{\"a\":"), "Unexpected end of JSON input");
    }
}
