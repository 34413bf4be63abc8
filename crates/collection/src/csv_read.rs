//! A small CSV reader with the settings Newman gives csv-parse (`trim`, `relax`,
//! `relax_column_count`, `"` as quote and escape). It is hand-written because the casting
//! rule needs to know whether each field was quoted, which general CSV crates do not expose.

/// One field and whether it was quoted.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Field {
    pub text: String,
    pub quoted: bool,
}

/// One record (a row of fields).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Record {
    pub fields: Vec<Field>,
}

/// Splits `text` into records. Errors carry the 1-based line and a message.
pub(crate) fn read_records(text: &str) -> Result<Vec<Record>, (usize, String)> {
    let chars: Vec<char> = text.chars().collect();
    let mut records = Vec::new();
    let mut i = 0usize;
    let mut line = 1usize;
    let n = chars.len();
    while i < n {
        let mut fields = Vec::new();
        loop {
            // Leading whitespace of a field is trimmed (not newlines).
            while i < n && (chars[i] == ' ' || chars[i] == '\t') {
                i += 1;
            }
            let mut text = String::new();
            let mut quoted = false;
            if i < n && chars[i] == '"' {
                quoted = true;
                let open_line = line;
                i += 1;
                loop {
                    if i >= n {
                        return Err((open_line, "quote not closed".to_string()));
                    }
                    let c = chars[i];
                    if c == '"' {
                        if i + 1 < n && chars[i + 1] == '"' {
                            text.push('"');
                            i += 2;
                            continue;
                        }
                        i += 1;
                        break;
                    }
                    if c == '\n' {
                        line += 1;
                    }
                    text.push(c);
                    i += 1;
                }
                while i < n && (chars[i] == ' ' || chars[i] == '\t') {
                    i += 1;
                }
                if i < n && !matches!(chars[i], ',' | '\n' | '\r') {
                    return Err((
                        line,
                        format!(
                            "invalid closing quote: found {:?} after a quoted field, expected a comma or the end of the line",
                            chars[i]
                        ),
                    ));
                }
            } else {
                // Unquoted: up to the delimiter or end of line; quotes inside are literal.
                while i < n && !matches!(chars[i], ',' | '\n' | '\r') {
                    text.push(chars[i]);
                    i += 1;
                }
                let trimmed_len = text.trim_end_matches([' ', '\t']).len();
                text.truncate(trimmed_len);
            }
            fields.push(Field { text, quoted });
            if i < n && chars[i] == ',' {
                i += 1;
                continue;
            }
            break;
        }
        // End of record: consume one line terminator (\r\n, \n or \r).
        if i < n && chars[i] == '\r' {
            i += 1;
            if i < n && chars[i] == '\n' {
                i += 1;
            }
            line += 1;
        } else if i < n && chars[i] == '\n' {
            i += 1;
            line += 1;
        }
        records.push(Record { fields });
    }
    Ok(records)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(r: &Record) -> Vec<(&str, bool)> {
        r.fields
            .iter()
            .map(|f| (f.text.as_str(), f.quoted))
            .collect()
    }

    #[test]
    fn quotes_escapes_and_newlines() {
        let recs = read_records("a, b ,\"c\"\r\n\"x,\"\"y\"\"\nz\", 2 ,\n").unwrap();
        assert_eq!(recs.len(), 2);
        assert_eq!(
            texts(&recs[0]),
            vec![("a", false), ("b", false), ("c", true)]
        );
        assert_eq!(
            texts(&recs[1]),
            vec![("x,\"y\"\nz", true), ("2", false), ("", false)]
        );
    }

    #[test]
    fn relaxed_quotes_and_errors() {
        let recs = read_records("ab\"c\"d,e").unwrap();
        assert_eq!(texts(&recs[0]), vec![("ab\"c\"d", false), ("e", false)]);
        assert_eq!(read_records("a\n\"open").unwrap_err().0, 2);
        assert!(read_records("\"a\"b").is_err());
    }

    #[test]
    fn blank_line_is_an_empty_record() {
        let recs = read_records("h\n\nv\n").unwrap();
        assert_eq!(recs.len(), 3);
        assert_eq!(texts(&recs[1]), vec![("", false)]);
    }
}
