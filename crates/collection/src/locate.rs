//! Finds where a value sits in JSON text, so shape errors found on a parsed `Value` can still
//! be reported as `file:line:column`.
//!
//! The text has already been accepted by serde_json, so this scanner only has to walk valid
//! JSON; on anything unexpected it gives up (returns `None`) rather than guess.

use crate::error::PathSeg;

struct Scanner<'a> {
    b: &'a [u8],
    i: usize,
}

impl<'a> Scanner<'a> {
    fn ws(&mut self) {
        while self.i < self.b.len() && matches!(self.b[self.i], b' ' | b'\t' | b'\n' | b'\r') {
            self.i += 1;
        }
    }

    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    /// Reads a string starting at the opening quote; returns its decoded text.
    fn string(&mut self) -> Option<String> {
        let start = self.i;
        if self.peek()? != b'"' {
            return None;
        }
        self.i += 1;
        while self.i < self.b.len() {
            match self.b[self.i] {
                b'\\' => self.i += 2,
                b'"' => {
                    self.i += 1;
                    let raw = std::str::from_utf8(&self.b[start..self.i]).ok()?;
                    return serde_json::from_str::<String>(raw).ok();
                }
                _ => self.i += 1,
            }
        }
        None
    }

    /// Skips one value of any type.
    fn skip_value(&mut self) -> Option<()> {
        self.ws();
        match self.peek()? {
            b'"' => {
                self.string()?;
            }
            b'{' | b'[' => {
                let mut depth = 0usize;
                while self.i < self.b.len() {
                    match self.b[self.i] {
                        b'"' => {
                            self.string()?;
                            continue;
                        }
                        b'{' | b'[' => depth += 1,
                        b'}' | b']' => {
                            depth -= 1;
                            if depth == 0 {
                                self.i += 1;
                                return Some(());
                            }
                        }
                        _ => {}
                    }
                    self.i += 1;
                }
                return None;
            }
            _ => {
                while self.i < self.b.len()
                    && !matches!(
                        self.b[self.i],
                        b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r'
                    )
                {
                    self.i += 1;
                }
            }
        }
        Some(())
    }

    /// Positions the scanner at the start of member `key` of the object at the cursor.
    /// Duplicate keys: serde_json keeps the last one, so we do too.
    fn enter_key(&mut self, key: &str) -> Option<()> {
        self.ws();
        if self.peek()? != b'{' {
            return None;
        }
        self.i += 1;
        let mut found = None;
        loop {
            self.ws();
            match self.peek()? {
                b'}' => break,
                b',' => {
                    self.i += 1;
                    continue;
                }
                _ => {}
            }
            let k = self.string()?;
            self.ws();
            if self.peek()? != b':' {
                return None;
            }
            self.i += 1;
            self.ws();
            if k == key {
                found = Some(self.i);
            }
            self.skip_value()?;
        }
        self.i = found?;
        Some(())
    }

    fn enter_index(&mut self, idx: usize) -> Option<()> {
        self.ws();
        if self.peek()? != b'[' {
            return None;
        }
        self.i += 1;
        let mut n = 0usize;
        loop {
            self.ws();
            match self.peek()? {
                b']' => return None,
                b',' => {
                    self.i += 1;
                    continue;
                }
                _ => {}
            }
            if n == idx {
                return Some(());
            }
            self.skip_value()?;
            n += 1;
        }
    }
}

/// Byte offset of the value at `path` in `text`, if it can be found.
pub(crate) fn find_value_offset(text: &str, path: &[PathSeg]) -> Option<usize> {
    let mut s = Scanner {
        b: text.as_bytes(),
        i: 0,
    };
    // A UTF-8 BOM is not JSON whitespace but we accept it before parsing.
    if text.starts_with('\u{feff}') {
        s.i = 3;
    }
    for seg in path {
        match seg {
            PathSeg::Key(k) => s.enter_key(k)?,
            PathSeg::Index(i) => s.enter_index(*i)?,
        }
    }
    s.ws();
    Some(s.i)
}

/// 1-based line and column (in characters) of a byte offset.
pub(crate) fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map(|i| i + 1).unwrap_or(0);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

/// Converts a 1-based byte column on `line` (as serde_json reports it) to a 1-based
/// character column.
pub(crate) fn byte_col_to_char_col(text: &str, line: usize, byte_col: usize) -> usize {
    let Some(line_text) = text.split('\n').nth(line.saturating_sub(1)) else {
        return byte_col;
    };
    let mut end = byte_col.saturating_sub(1).min(line_text.len());
    while end > 0 && !line_text.is_char_boundary(end) {
        end -= 1;
    }
    line_text[..end].chars().count() + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_nested_values() {
        let text = "{\n  \"a\": [1, {\"b\": \"x\"}],\n  \"c\": {\"d\": [true, null]}\n}";
        let p = vec![
            PathSeg::Key("a".into()),
            PathSeg::Index(1),
            PathSeg::Key("b".into()),
        ];
        let off = find_value_offset(text, &p).unwrap();
        assert_eq!(line_col(text, off), (2, 18));
        let p = vec![
            PathSeg::Key("c".into()),
            PathSeg::Key("d".into()),
            PathSeg::Index(1),
        ];
        let off = find_value_offset(text, &p).unwrap();
        assert_eq!(&text[off..off + 4], "null");
        assert!(find_value_offset(text, &[PathSeg::Key("zz".into())]).is_none());
    }

    #[test]
    fn byte_columns_become_character_columns() {
        assert_eq!(byte_col_to_char_col("ab\n\u{e9}\u{e9}x", 2, 5), 3);
        assert_eq!(byte_col_to_char_col("abc", 1, 3), 3);
        assert_eq!(byte_col_to_char_col("abc", 9, 3), 3);
    }

    #[test]
    fn escaped_quotes_in_keys() {
        let text = r#"{"a\"b": 1, "k": [ "x\\", 2 ]}"#;
        let off = find_value_offset(text, &[PathSeg::Key("k".into()), PathSeg::Index(1)]).unwrap();
        assert_eq!(&text[off..off + 1], "2");
        let off = find_value_offset(text, &[PathSeg::Key("a\"b".into())]).unwrap();
        assert_eq!(&text[off..off + 1], "1");
    }
}
