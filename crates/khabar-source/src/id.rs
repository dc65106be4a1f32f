//! Stable article ids.

/// FNV-1a 64-bit hash. Chosen because it is tiny, dependency-free and fixed by specification
/// (offset basis `0xcbf29ce484222325`, prime `0x100000001b3`), so ids never change between
/// builds, platforms or Rust versions (unlike `std`'s randomized `DefaultHasher`).
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// The stable id of an article.
///
/// 1. the record's own id (trimmed), if present and non-empty;
/// 2. else `u` + 16 hex digits of [`fnv1a64`] of the URL (trimmed);
/// 3. else `c` + 16 hex digits of [`fnv1a64`] of the text with every run of whitespace
///    collapsed to one space and the ends trimmed (so re-wrapped copies get the same id).
///
/// The `u`/`c` prefix tells which rule made the id and keeps the two spaces apart.
pub fn stable_id(id: Option<&str>, url: Option<&str>, text: &str) -> String {
    if let Some(id) = id.map(str::trim).filter(|s| !s.is_empty()) {
        return id.to_string();
    }
    if let Some(url) = url.map(str::trim).filter(|s| !s.is_empty()) {
        return format!("u{:016x}", fnv1a64(url.as_bytes()));
    }
    let mut norm = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !norm.is_empty() {
            norm.push(' ');
        }
        norm.push_str(word);
    }
    format!("c{:016x}", fnv1a64(norm.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv_reference_values() {
        // Reference vectors of the FNV-1a 64 specification.
        assert_eq!(fnv1a64(b""), 0xcbf29ce484222325);
        assert_eq!(fnv1a64(b"a"), 0xaf63dc4c8601ec8c);
        assert_eq!(fnv1a64(b"foobar"), 0x85944171f73967e8);
    }

    #[test]
    fn id_rules() {
        assert_eq!(stable_id(Some(" x1 "), Some("http://a"), "t"), "x1");
        assert_eq!(
            stable_id(Some(""), Some("http://a"), "t"),
            stable_id(None, Some("http://a"), "u")
        );
        assert!(stable_id(None, Some("http://a"), "t").starts_with('u'));
        let a = stable_id(None, None, "  خبر\n\nعاجل ");
        let b = stable_id(None, None, "خبر عاجل");
        assert_eq!(a, b);
        assert!(a.starts_with('c') && a.len() == 17);
        assert_ne!(a, stable_id(None, None, "خبر آخر"));
    }
}
