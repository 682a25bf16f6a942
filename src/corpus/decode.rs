//! Bytes to text: UTF-8 (with or without BOM), UTF-16 and UTF-32 with BOM,
//! and the legacy single-byte encodings of French sites, detected by
//! chardetng.
//!
//! A UTF-8 file with a few bad bytes (a stray Latin-1 byte, a sequence cut
//! at the end) stays UTF-8: the bad bytes become U+FFFD and a warning gives
//! the offset of the first. Reading the whole file as Windows-1252 instead
//! would turn every accented letter of the good part into mojibake.

/// A decoded file.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
    pub text: String,
    pub encoding: &'static str,
    /// What was repaired (`3 bytes are not UTF-8, the first at byte 120`).
    pub warning: Option<String>,
}

/// Decode a file, or say why it is not text.
pub fn decode(bytes: &[u8]) -> Result<(String, &'static str), String> {
    decode_reporting(bytes).map(|d| (d.text, d.encoding))
}

/// Characters that show nothing: a text made only of these (and spaces) is
/// empty, whatever its byte count (zero-width spaces, joiners, direction
/// marks, the soft hyphen, a BOM).
pub fn is_invisible(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(
            c,
            '\u{00AD}'
                | '\u{034F}'
                | '\u{180E}'
                | '\u{200B}'..='\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{2064}'
                | '\u{2066}'..='\u{206F}'
                | '\u{FEFF}'
        )
}

/// True when a text shows nothing at all.
pub fn is_blank(text: &str) -> bool {
    text.chars().all(is_invisible)
}

/// The UTF-32 byte order marks, which `encoding_rs` does not know (it
/// would read `FF FE 00 00` as UTF-16LE).
fn utf32_bom(bytes: &[u8]) -> Option<(bool, &'static str)> {
    if bytes.starts_with(&[0xFF, 0xFE, 0, 0]) {
        Some((true, "UTF-32LE"))
    } else if bytes.starts_with(&[0, 0, 0xFE, 0xFF]) {
        Some((false, "UTF-32BE"))
    } else {
        None
    }
}

fn decode_utf32(bytes: &[u8], little_endian: bool) -> (String, usize, Option<usize>) {
    let mut text = String::with_capacity(bytes.len() / 4);
    let (mut bad, mut first) = (0, None);
    let chunks = bytes.chunks(4);
    for (i, chunk) in chunks.enumerate() {
        let c = <[u8; 4]>::try_from(chunk).ok().and_then(|b| {
            char::from_u32(if little_endian {
                u32::from_le_bytes(b)
            } else {
                u32::from_be_bytes(b)
            })
        });
        match c {
            Some(c) => text.push(c),
            None => {
                bad += 1;
                first.get_or_insert(4 + i * 4);
                text.push(char::REPLACEMENT_CHARACTER);
            }
        }
    }
    (text, bad, first)
}

/// Counts of well-formed multi-byte sequences and of bad bytes in
/// almost-UTF-8, with the offset of the first bad byte.
fn utf8_damage(bytes: &[u8]) -> (usize, usize, usize) {
    let (mut good, mut bad, mut first, mut offset) = (0, 0, None, 0);
    for chunk in bytes.utf8_chunks() {
        good += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        offset += chunk.valid().len();
        if !chunk.invalid().is_empty() {
            first.get_or_insert(offset);
            bad += chunk.invalid().len();
        }
        offset += chunk.invalid().len();
    }
    (good, bad, first.unwrap_or(0))
}

fn damage_warning(bad: usize, first: usize, encoding: &str) -> String {
    let what = if bad == 1 {
        "1 byte is".to_string()
    } else {
        format!("{bad} bytes are")
    };
    format!("{what} not valid {encoding}, the first at byte {first} (replaced with U+FFFD)")
}

/// Decode a file, saying what was repaired, or say why it is not text.
pub fn decode_reporting(bytes: &[u8]) -> Result<Decoded, String> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err("empty file".into());
    }
    let decoded = decode_any(bytes)?;
    if is_blank(&decoded.text) {
        return Err("empty file (only invisible characters)".into());
    }
    Ok(decoded)
}

fn decode_any(bytes: &[u8]) -> Result<Decoded, String> {
    if let Some((little_endian, name)) = utf32_bom(bytes) {
        let (text, bad, first) = decode_utf32(&bytes[4..], little_endian);
        return Ok(Decoded {
            text,
            encoding: name,
            warning: first.map(|first| damage_warning(bad, first, name)),
        });
    }
    if let Some((encoding, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let body = &bytes[bom_len..];
        let (text, had_errors) = encoding.decode_without_bom_handling(body);
        if had_errors && encoding != encoding_rs::UTF_8 {
            return Err(format!("invalid {} text", encoding.name()));
        }
        let warning = had_errors.then(|| {
            let (_, bad, first) = utf8_damage(body);
            damage_warning(bad, first + bom_len, "UTF-8")
        });
        return Ok(Decoded {
            text: text.into_owned(),
            encoding: encoding.name(),
            warning,
        });
    }
    if bytes.contains(&0) {
        return Err("binary file (NUL bytes), not text".into());
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(Decoded {
            text: text.to_string(),
            encoding: "UTF-8",
            warning: None,
        });
    }
    // UTF-8 with a few bad bytes: more good multi-byte characters than bad bytes
    let (good, bad, first) = utf8_damage(bytes);
    if good > 0 && bad <= good {
        return Ok(Decoded {
            text: String::from_utf8_lossy(bytes).into_owned(),
            encoding: "UTF-8",
            warning: Some(damage_warning(bad, first, "UTF-8")),
        });
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let encoding = detector.guess(Some(b"fr"), chardetng::Utf8Detection::Deny);
    let (text, _, had_errors) = encoding.decode(bytes);
    if had_errors || text.chars().any(|c| c.is_control() && !c.is_whitespace()) {
        return Err("not UTF-8 text and no known encoding".into());
    }
    Ok(Decoded {
        text: text.into_owned(),
        encoding: encoding.name(),
        warning: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const FR: &str = "La Corée du Nord a déclaré « non » à l'été, écrit l'agence.";

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

    /// One bad byte anywhere in a UTF-8 text (inside, at the end, a cut
    /// sequence), with or without a BOM: the text stays UTF-8, the byte
    /// becomes U+FFFD and the warning gives its offset.
    #[test]
    fn a_stray_byte_in_utf8_is_replaced_and_reported() {
        for bom in [&b""[..], b"\xEF\xBB\xBF"] {
            for stray in [&b"\xE9"[..], b"\xFF", b"\xC3", b"\xE2\x80"] {
                for at in [0, 10, FR.len()] {
                    let mut bytes = bom.to_vec();
                    bytes.extend_from_slice(&FR.as_bytes()[..at]);
                    bytes.extend_from_slice(stray);
                    bytes.extend_from_slice(&FR.as_bytes()[at..]);
                    let d = decode_reporting(&bytes).unwrap();
                    assert_eq!(d.encoding, "UTF-8", "{bytes:?}");
                    let expected = format!("{}\u{FFFD}{}", &FR[..at], &FR[at..]);
                    assert_eq!(d.text, expected, "{bytes:?}");
                    let warning = d.warning.unwrap();
                    let offset = bom.len() + at;
                    assert!(
                        warning.contains(&format!("the first at byte {offset} ")),
                        "{warning}"
                    );
                }
            }
        }
    }

    #[test]
    fn utf32_with_a_bom_in_both_orders() {
        for (little, name) in [(true, "UTF-32LE"), (false, "UTF-32BE")] {
            let mut bytes: Vec<u8> = if little {
                vec![0xFF, 0xFE, 0, 0]
            } else {
                vec![0, 0, 0xFE, 0xFF]
            };
            for c in FR.chars() {
                let u = c as u32;
                bytes.extend(if little {
                    u.to_le_bytes()
                } else {
                    u.to_be_bytes()
                });
            }
            let d = decode_reporting(&bytes).unwrap();
            assert_eq!((d.text.as_str(), d.encoding), (FR, name));
            assert!(d.warning.is_none());
        }
    }

    #[test]
    fn invisible_only_text_is_empty() {
        for invisible in [
            "\u{200B}", "\u{00A0}", "\u{FEFF}", "\u{200D}", "\u{2060}", "\u{00AD}", "\u{202F}",
            "\u{3000}", "\u{200E}",
        ] {
            let text = format!("{invisible} \n{invisible}{invisible}\t");
            let err = decode_reporting(text.as_bytes()).unwrap_err();
            assert!(err.starts_with("empty file"), "{invisible:?}: {err}");
        }
        assert!(decode_reporting("\u{200B}a".as_bytes()).is_ok());
    }
}
