//! Request body encoding per body kind, with the Content-Type Newman sets.

use bytes::Bytes;
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use rand::Rng as _;

use crate::{HttpError, MultipartPart, RequestBody};

/// `qs.stringify` (RFC 3986): everything but unreserved characters is escaped.
const QS: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

/// An encoded body and the Content-Type its kind implies.
#[derive(Debug, Clone, Default)]
pub(crate) struct Encoded {
    /// `None` = no body at all.
    pub bytes: Option<Bytes>,
    pub content_type: Option<String>,
    /// A type guessed from a file name, sent after Content-Length (postman-request's order).
    pub late_content_type: Option<String>,
}

pub(crate) fn urlencode(pairs: &[(String, String)]) -> String {
    pairs
        .iter()
        .map(|(k, v)| {
            format!(
                "{}={}",
                utf8_percent_encode(k, QS),
                utf8_percent_encode(v, QS)
            )
        })
        .collect::<Vec<_>>()
        .join("&")
}

/// form-data's boundary: 26 dashes and 24 random digits.
fn boundary() -> String {
    let mut rng = rand::thread_rng();
    let digits: String = (0..24)
        .map(|_| char::from(b'0' + rng.gen_range(0..10u8)))
        .collect();
    format!("--------------------------{digits}")
}

fn quote(s: &str) -> String {
    s.replace('"', "%22")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

pub(crate) fn encode(body: &RequestBody) -> Result<Encoded, HttpError> {
    Ok(match body {
        RequestBody::Empty => Encoded::default(),
        RequestBody::Bytes(b) => Encoded {
            bytes: Some(b.clone()),
            ..Encoded::default()
        },
        RequestBody::File(path) => {
            let data = std::fs::read(path).map_err(|e| HttpError::file(path, &e))?;
            Encoded {
                bytes: Some(Bytes::from(data)),
                content_type: None,
                late_content_type: mime_guess::from_path(path).first_raw().map(str::to_string),
            }
        }
        RequestBody::UrlEncoded(pairs) => Encoded {
            bytes: Some(Bytes::from(urlencode(pairs))),
            content_type: Some("application/x-www-form-urlencoded".into()),
            late_content_type: None,
        },
        RequestBody::Multipart(parts) => {
            let b = boundary();
            let mut out: Vec<u8> = Vec::new();
            for part in parts {
                out.extend_from_slice(format!("--{b}\r\n").as_bytes());
                match part {
                    MultipartPart::Text {
                        name,
                        value,
                        content_type,
                    } => {
                        out.extend_from_slice(
                            format!(
                                "Content-Disposition: form-data; name=\"{}\"\r\n",
                                quote(name)
                            )
                            .as_bytes(),
                        );
                        if let Some(ct) = content_type {
                            out.extend_from_slice(format!("Content-Type: {ct}\r\n").as_bytes());
                        }
                        out.extend_from_slice(b"\r\n");
                        out.extend_from_slice(value.as_bytes());
                    }
                    MultipartPart::File {
                        name,
                        path,
                        content_type,
                        filename,
                    } => {
                        let data = std::fs::read(path).map_err(|e| HttpError::file(path, &e))?;
                        let fname = filename.clone().unwrap_or_else(|| {
                            path.file_name()
                                .map(|f| f.to_string_lossy().into_owned())
                                .unwrap_or_default()
                        });
                        let ct = content_type.clone().unwrap_or_else(|| {
                            mime_guess::from_path(path)
                                .first_raw()
                                .unwrap_or("application/octet-stream")
                                .to_string()
                        });
                        out.extend_from_slice(
                            format!(
                                "Content-Disposition: form-data; name=\"{}\"; filename=\"{}\"\r\nContent-Type: {ct}\r\n\r\n",
                                quote(name),
                                quote(&fname)
                            )
                            .as_bytes(),
                        );
                        out.extend_from_slice(&data);
                    }
                }
                out.extend_from_slice(b"\r\n");
            }
            out.extend_from_slice(format!("--{b}--\r\n").as_bytes());
            Encoded {
                bytes: Some(Bytes::from(out)),
                content_type: Some(format!("multipart/form-data; boundary={b}")),
                late_content_type: None,
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urlencoding_like_qs() {
        let s = urlencode(&[
            ("a b".into(), "c&d=é!*".into()),
            ("x".into(), "-_.~".into()),
        ]);
        assert_eq!(s, "a%20b=c%26d%3D%C3%A9%21%2A&x=-_.~");
    }

    #[test]
    fn boundary_shape() {
        let b = boundary();
        assert_eq!(b.len(), 50);
        assert!(b.starts_with("--------------------------"));
        assert!(b[26..].chars().all(|c| c.is_ascii_digit()));
    }
}
