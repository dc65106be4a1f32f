//! A small time-bounded cache of serialized `/api/search` answers.
//!
//! Popular queries repeat (the page's facet links, paging back and forth, many users typing the
//! same news word), and a search with facets costs milliseconds of CPU while a cached answer is a
//! memory copy. Entries expire after a fixed time so that an archive still being ingested shows
//! new articles soon; when full, expired entries are dropped first, then everything (cheap and
//! good enough for a few thousand entries).

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use axum::body::Bytes;

/// Cache of serialized JSON answers by canonical request key.
pub(crate) struct ResponseCache {
    capacity: usize,
    ttl: Duration,
    map: Mutex<HashMap<String, (Instant, Bytes)>>,
}

impl ResponseCache {
    /// A cache of at most `capacity` entries living `ttl` each; capacity 0 disables it.
    pub(crate) fn new(capacity: usize, ttl: Duration) -> ResponseCache {
        ResponseCache {
            capacity,
            ttl,
            map: Mutex::new(HashMap::new()),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, (Instant, Bytes)>> {
        // Entries are inserted whole, so a panic elsewhere cannot leave one half-written.
        self.map.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The cached answer for `key`, if present and fresh.
    pub(crate) fn get(&self, key: &str) -> Option<Bytes> {
        if self.capacity == 0 {
            return None;
        }
        let map = self.lock();
        let (at, body) = map.get(key)?;
        (at.elapsed() < self.ttl).then(|| body.clone())
    }

    /// Stores an answer.
    pub(crate) fn put(&self, key: String, body: Bytes) {
        if self.capacity == 0 {
            return;
        }
        let mut map = self.lock();
        if map.len() >= self.capacity && !map.contains_key(&key) {
            let ttl = self.ttl;
            map.retain(|_, (at, _)| at.elapsed() < ttl);
            if map.len() >= self.capacity {
                map.clear();
            }
        }
        map.insert(key, (Instant::now(), body));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stores_expires_and_bounds() {
        let c = ResponseCache::new(2, Duration::from_secs(60));
        c.put("a".into(), Bytes::from_static(b"1"));
        c.put("b".into(), Bytes::from_static(b"2"));
        assert_eq!(c.get("a").as_deref(), Some(&b"1"[..]));
        c.put("c".into(), Bytes::from_static(b"3"));
        assert!(c.lock().len() <= 2);
        assert_eq!(c.get("c").as_deref(), Some(&b"3"[..]));

        let expired = ResponseCache::new(10, Duration::ZERO);
        expired.put("a".into(), Bytes::from_static(b"1"));
        assert!(expired.get("a").is_none());

        let off = ResponseCache::new(0, Duration::from_secs(60));
        off.put("a".into(), Bytes::from_static(b"1"));
        assert!(off.get("a").is_none());
    }
}
