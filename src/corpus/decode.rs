//! Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, and the
//! legacy single-byte encodings of French sites, detected by chardetng.

/// Decode a file, or say why it is not text.
pub fn decode(bytes: &[u8]) -> Result<(String, &'static str), String> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err("empty file".into());
    }
    if let Some((encoding, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        if had_errors {
            return Err(format!("invalid {} text", encoding.name()));
        }
        return Ok((text.into_owned(), encoding.name()));
    }
    if bytes.contains(&0) {
        return Err("binary file (NUL bytes), not text".into());
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok((text.to_string(), "UTF-8"));
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let encoding = detector.guess(Some(b"fr"), chardetng::Utf8Detection::Deny);
    let (text, _, had_errors) = encoding.decode(bytes);
    if had_errors || text.chars().any(|c| c.is_control() && !c.is_whitespace()) {
        return Err("not UTF-8 text and no known encoding".into());
    }
    Ok((text.into_owned(), encoding.name()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_utf8_bom_and_windows_1252() {
        assert_eq!(decode("é".as_bytes()).unwrap(), ("é".to_string(), "UTF-8"));
        assert_eq!(decode(b"\xEF\xBB\xBFabc").unwrap().0, "abc");
        let (text, enc) = decode(b"La Cor\xe9e du Nord a d\xe9clar\xe9 \xab non \xbb.").unwrap();
        assert_eq!(text, "La Corée du Nord a déclaré « non ».");
        assert_eq!(enc, "windows-1252");
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("Kim".encode_utf16().flat_map(|u| u.to_le_bytes()))
            .collect();
        assert_eq!(decode(&utf16).unwrap(), ("Kim".to_string(), "UTF-16LE"));
    }

    #[test]
    fn refuses_empty_and_binary() {
        assert_eq!(decode(b"  \n").unwrap_err(), "empty file");
        assert!(decode(b"abc\0def").unwrap_err().contains("binary"));
    }
}
