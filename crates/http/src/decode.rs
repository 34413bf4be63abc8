//! Content-Encoding decoding: gzip, deflate (zlib-wrapped or raw), br, and chains of them.

use std::io::Read;

use bytes::Bytes;

fn read_all(mut r: impl Read) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    r.read_to_end(&mut out).ok()?;
    Some(out)
}

fn decode_one(encoding: &str, data: &[u8]) -> Option<Vec<u8>> {
    match encoding {
        "gzip" | "x-gzip" => read_all(flate2::read::MultiGzDecoder::new(data)),
        // Servers disagree on what "deflate" means: try zlib first, then raw deflate.
        "deflate" => read_all(flate2::read::ZlibDecoder::new(data))
            .or_else(|| read_all(flate2::read::DeflateDecoder::new(data))),
        "br" => read_all(brotli::Decompressor::new(data, 8192)),
        "identity" | "" => Some(data.to_vec()),
        _ => None,
    }
}

/// Decodes `body` per the `Content-Encoding` header value. Unknown encodings and corrupt data
/// leave the body as received, so no response is ever lost.
pub(crate) fn decode(content_encoding: Option<&str>, body: Bytes) -> Bytes {
    let Some(ce) = content_encoding else {
        return body;
    };
    if body.is_empty() {
        return body;
    }
    let encodings: Vec<String> = ce
        .split(',')
        .map(|e| e.trim().to_ascii_lowercase())
        .filter(|e| !e.is_empty())
        .collect();
    let mut current = body.to_vec();
    // Encodings are listed in the order applied, so undo them in reverse.
    for enc in encodings.iter().rev() {
        match decode_one(enc, &current) {
            Some(next) => current = next,
            None => return body,
        }
    }
    Bytes::from(current)
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
        assert_eq!(&decode(Some("gzip"), Bytes::from(gz))[..], text);
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        z.write_all(text).unwrap();
        assert_eq!(
            &decode(Some("deflate"), Bytes::from(z.finish().unwrap()))[..],
            text
        );
        let mut d = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::default());
        d.write_all(text).unwrap();
        assert_eq!(
            &decode(Some("Deflate"), Bytes::from(d.finish().unwrap()))[..],
            text
        );
    }

    #[test]
    fn corrupt_stays_raw() {
        let raw = Bytes::from_static(b"\x00\x01not gzip");
        assert_eq!(decode(Some("gzip"), raw.clone()), raw);
        assert_eq!(decode(Some("zstd"), raw.clone()), raw);
    }
}
