//! Content-Encoding decoding: gzip, deflate (zlib-wrapped or raw), br, and chains of them.
//! Corrupt data fails the request with zlib's wording, as Newman does.

use std::io::Read;

use bytes::Bytes;

use crate::HttpError;

fn read_all(mut r: impl Read) -> std::io::Result<Vec<u8>> {
    let mut out = Vec::new();
    r.read_to_end(&mut out)?;
    Ok(out)
}

fn zlib_message(err: &std::io::Error) -> String {
    if err.kind() == std::io::ErrorKind::UnexpectedEof {
        "unexpected end of file".to_string()
    } else {
        "invalid block type".to_string()
    }
}

fn decode_one(encoding: &str, data: &[u8]) -> Result<Option<Vec<u8>>, HttpError> {
    let fail = |message: String| HttpError::Decode { message };
    Ok(Some(match encoding {
        "gzip" | "x-gzip" => {
            if data.len() < 2 || data[0] != 0x1f || data[1] != 0x8b {
                return Err(fail("incorrect header check".into()));
            }
            read_all(flate2::read::MultiGzDecoder::new(data)).map_err(|e| fail(zlib_message(&e)))?
        }
        // Servers disagree on what "deflate" means: try zlib first, then raw deflate.
        "deflate" => match read_all(flate2::read::ZlibDecoder::new(data)) {
            Ok(v) => v,
            Err(_) => read_all(flate2::read::DeflateDecoder::new(data))
                .map_err(|_| fail("incorrect header check".into()))?,
        },
        "br" => read_all(brotli::Decompressor::new(data, 8192))
            .map_err(|_| fail("Decompression failed".into()))?,
        // Unknown codings are passed through untouched, as Node's request does.
        _ => return Ok(None),
    }))
}

/// Decodes `body` per the `Content-Encoding` header value. Unknown encodings leave the body
/// as received; corrupt data is an error.
pub(crate) fn decode(content_encoding: Option<&str>, body: Bytes) -> Result<Bytes, HttpError> {
    let Some(ce) = content_encoding else {
        return Ok(body);
    };
    if body.is_empty() {
        return Ok(body);
    }
    let encodings: Vec<String> = ce
        .split(',')
        .map(|e| e.trim().to_ascii_lowercase())
        .filter(|e| !e.is_empty())
        .collect();
    let mut current: Option<Vec<u8>> = None;
    // Encodings are listed in the order applied, so undo them in reverse.
    for enc in encodings.iter().rev() {
        let input = current.as_deref().unwrap_or(&body);
        match decode_one(enc, input)? {
            Some(next) => current = Some(next),
            None => return Ok(current.map(Bytes::from).unwrap_or(body)),
        }
    }
    Ok(current.map(Bytes::from).unwrap_or(body))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn gzip_and_deflates() {
        let text = b"hello hello hello";
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all(text).unwrap();
        let gz = gz.finish().unwrap();
        assert_eq!(
            &decode(Some("gzip"), Bytes::from(gz.clone())).unwrap()[..],
            text
        );
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        z.write_all(text).unwrap();
        assert_eq!(
            &decode(Some("deflate"), Bytes::from(z.finish().unwrap())).unwrap()[..],
            text
        );
        let mut d = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::default());
        d.write_all(text).unwrap();
        assert_eq!(
            &decode(Some("Deflate"), Bytes::from(d.finish().unwrap())).unwrap()[..],
            text
        );
        let truncated = Bytes::from(gz[..gz.len() / 2].to_vec());
        assert_eq!(
            decode(Some("gzip"), truncated).unwrap_err().to_string(),
            "unexpected end of file"
        );
    }

    #[test]
    fn corrupt_is_an_error_unknown_passes() {
        let raw = Bytes::from_static(b"hello");
        assert_eq!(
            decode(Some("gzip"), raw.clone()).unwrap_err().to_string(),
            "incorrect header check"
        );
        assert_eq!(decode(Some("zstd"), raw.clone()).unwrap(), raw);
        assert_eq!(decode(Some("identity"), raw.clone()).unwrap(), raw);
        assert_eq!(decode(Some("gzip"), Bytes::new()).unwrap(), Bytes::new());
    }
}
