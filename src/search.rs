//! Searches for a byte or one of two bytes, for the short texts guidelint searches most (a word,
//! a line, a quoted string). memchr's functions choose their searcher through a function pointer
//! on every call, which costs more than the search itself in a few dozen bytes; on x86-64 its
//! SSE2 searchers (always there) are asked directly. Elsewhere, memchr's functions.

#[cfg(target_arch = "x86_64")]
use memchr::arch::x86_64::sse2::memchr::{One, Three, Two};

/// The first `needle` in `haystack`.
#[inline]
pub fn find(needle: u8, haystack: &[u8]) -> Option<usize> {
    #[cfg(target_arch = "x86_64")]
    if let Some(one) = One::new(needle) {
        return one.find(haystack);
    }
    memchr::memchr(needle, haystack)
}

/// The last `needle` in `haystack`.
#[inline]
pub fn rfind(needle: u8, haystack: &[u8]) -> Option<usize> {
    #[cfg(target_arch = "x86_64")]
    if let Some(one) = One::new(needle) {
        return one.rfind(haystack);
    }
    memchr::memrchr(needle, haystack)
}

/// The first `a` or `b` in `haystack`.
#[inline]
pub fn find2(a: u8, b: u8, haystack: &[u8]) -> Option<usize> {
    #[cfg(target_arch = "x86_64")]
    if let Some(two) = Two::new(a, b) {
        return two.find(haystack);
    }
    memchr::memchr2(a, b, haystack)
}

/// The first `a`, `b` or `c` in `haystack`.
#[inline]
pub fn find3(a: u8, b: u8, c: u8, haystack: &[u8]) -> Option<usize> {
    #[cfg(target_arch = "x86_64")]
    if let Some(three) = Three::new(a, b, c) {
        return three.find(haystack);
    }
    memchr::memchr3(a, b, c, haystack)
}

/// `then` of the offsets of the line feeds in `bytes`, in order. Lines are short, and
/// `memchr_iter` chooses its searcher for every one; on x86-64 the SSE2 searcher's own iterator
/// is used.
pub fn with_line_feeds<T>(
    bytes: &[u8],
    then: impl FnOnce(&mut dyn Iterator<Item = usize>) -> T,
) -> T {
    #[cfg(target_arch = "x86_64")]
    if let Some(one) = One::new(b'\n') {
        return then(&mut one.iter(bytes));
    }
    then(&mut memchr::memchr_iter(b'\n', bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The same answers as memchr's functions, at every length and position.
    #[test]
    fn answers_as_memchr() {
        for len in 0..70 {
            for at in 0..=len {
                let mut hay = vec![b'x'; len];
                if at < len {
                    hay[at] = b'\n';
                }
                if at + 3 < len {
                    hay[at + 3] = b' ';
                }
                assert_eq!(find(b'\n', &hay), memchr::memchr(b'\n', &hay), "{len} {at}");
                assert_eq!(rfind(b' ', &hay), memchr::memrchr(b' ', &hay), "{len} {at}");
                assert_eq!(find2(b' ', b'\n', &hay), memchr::memchr2(b' ', b'\n', &hay));
                assert_eq!(find2(b'"', b'\\', &hay), None);
                assert_eq!(
                    find3(b'"', b' ', b'\n', &hay),
                    memchr::memchr3(b'"', b' ', b'\n', &hay)
                );
                let feeds = with_line_feeds(&hay, |feeds| feeds.collect::<Vec<_>>());
                assert_eq!(feeds, memchr::memchr_iter(b'\n', &hay).collect::<Vec<_>>());
            }
        }
    }
}
