//! A small time-bounded cache of serialized `/api/search` answers.
//!
//! Popular queries repeat (the page's facet links, paging back and forth, many users typing the
//! same news word), and a search with facets costs milliseconds of CPU while a cached answer is a
//! memory copy. Entries expire after a fixed time so that an archive still being ingested shows
//! new articles soon; when full, expired entries are dropped first, then everything (cheap and
//! good enough for a few thousand entries).

use std::collections::HashMap;
use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::body::Bytes;
use tokio::sync::OnceCell;

type Slot = Arc<OnceCell<Bytes>>;

/// Cache of serialized JSON answers by canonical request key. Concurrent misses of one key are
/// coalesced: one request computes, the others wait for its answer (no stampede when a popular
/// answer expires).
pub(crate) struct ResponseCache {
    capacity: usize,
    ttl: Duration,
    map: Mutex<HashMap<String, (Instant, Slot)>>,
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

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, (Instant, Slot)>> {
        // Entries are inserted whole, so a panic elsewhere cannot leave one half-written.
        self.map.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The fresh slot for `key`, creating (and evicting) as needed.
    fn slot(&self, key: &str) -> Slot {
        let mut map = self.lock();
        if let Some((at, slot)) = map.get(key) {
            if at.elapsed() < self.ttl {
                return slot.clone();
            }
        }
        if map.len() >= self.capacity && !map.contains_key(key) {
            let ttl = self.ttl;
            map.retain(|_, (at, _)| at.elapsed() < ttl);
            if map.len() >= self.capacity {
                map.clear();
            }
        }
        let slot = Slot::default();
        map.insert(key.to_string(), (Instant::now(), slot.clone()));
        slot
    }

    /// The answer for `key`: cached (`true`), or computed by `compute` (`false`). A failed
    /// computation is not cached.
    pub(crate) async fn get_or_compute<E>(
        &self,
        key: &str,
        compute: impl Future<Output = Result<Bytes, E>>,
    ) -> Result<(Bytes, bool), E> {
        if self.capacity == 0 {
            return compute.await.map(|b| (b, false));
        }
        let slot = self.slot(key);
        if let Some(b) = slot.get() {
            return Ok((b.clone(), true));
        }
        let mut computed = false;
        let body = slot
            .get_or_try_init(|| {
                computed = true;
                compute
            })
            .await?;
        Ok((body.clone(), !computed))
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};

    use super::*;

    async fn answer(calls: &AtomicUsize, v: &'static [u8]) -> Result<Bytes, ()> {
        calls.fetch_add(1, Ordering::SeqCst);
        tokio::task::yield_now().await;
        Ok(Bytes::from_static(v))
    }

    #[tokio::test]
    async fn caches_coalesces_expires_and_bounds() {
        let calls = AtomicUsize::new(0);
        let c = ResponseCache::new(2, Duration::from_secs(60));
        let (a, b) = tokio::join!(
            c.get_or_compute("a", answer(&calls, b"1")),
            c.get_or_compute("a", answer(&calls, b"1")),
        );
        assert_eq!(
            calls.load(Ordering::SeqCst),
            1,
            "concurrent misses not coalesced"
        );
        assert_eq!(a.unwrap().0, b.unwrap().0);
        assert!(c.get_or_compute("a", answer(&calls, b"1")).await.unwrap().1);
        c.get_or_compute("b", answer(&calls, b"2")).await.unwrap();
        c.get_or_compute("c", answer(&calls, b"3")).await.unwrap();
        assert!(c.lock().len() <= 2);

        let failing = c
            .get_or_compute("d", async { Err::<Bytes, _>("boom") })
            .await;
        assert_eq!(failing.unwrap_err(), "boom");
        let (d, hit) = c.get_or_compute("d", answer(&calls, b"4")).await.unwrap();
        assert_eq!((&d[..], hit), (&b"4"[..], false), "a failure was cached");

        let expired = ResponseCache::new(10, Duration::ZERO);
        expired
            .get_or_compute("a", answer(&calls, b"1"))
            .await
            .unwrap();
        assert!(
            !expired
                .get_or_compute("a", answer(&calls, b"1"))
                .await
                .unwrap()
                .1
        );

        let off = ResponseCache::new(0, Duration::from_secs(60));
        off.get_or_compute("a", answer(&calls, b"1")).await.unwrap();
        assert!(
            !off.get_or_compute("a", answer(&calls, b"1"))
                .await
                .unwrap()
                .1
        );
    }
}
