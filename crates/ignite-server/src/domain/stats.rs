//! GetExecutionStats: counts by outcome, cold starts and latency percentiles over any
//! window and bucket width. The last hour comes from the engine's memory
//! ([`crate::obs::stats`]), older minutes from the store, which a flusher fills once
//! a minute is over; a server stopped abruptly loses at most the calls of the last
//! flush interval. Servers sharing a store each add their minutes to the same rows, so
//! there every finished minute comes from the store (all workers' calls, merged) and
//! only the current minute from memory (this server's calls).

use std::sync::Arc;
use std::time::Duration;

use ignite_core::Error;
use ignite_core::runtime::now_ms;
use ignite_proto::v1;

use crate::auth::Caller;
use crate::domain::convert::{function_of, stats_bucket};
use crate::domain::records;
use crate::engine::Engine;
use crate::obs::stats::{MEMORY_WINDOW_MS, MINUTE_MS};
use crate::store::Store;
use crate::store::stats::Slot;

pub const FLUSH_EVERY: Duration = Duration::from_secs(10);
/// Buckets one query may ask for.
const MAX_BUCKETS: i64 = 10_000;

pub struct Stats {
    store: Arc<dyn Store>,
    engine: Arc<Engine>,
}

impl Stats {
    pub fn new(store: Arc<dyn Store>, engine: Arc<Engine>) -> Self {
        Stats { store, engine }
    }

    pub async fn get_execution_stats(
        &self,
        caller: &Caller,
        req: v1::GetExecutionStatsRequest,
    ) -> Result<v1::GetExecutionStatsResponse, Error> {
        let id = function_of(caller, &req.organization_name, &req.app_name, "app_name")?;
        records::app(self.store.as_ref(), &id).await?;
        let now = now_ms();
        for (field, value) in [("start_ms", req.start_ms), ("end_ms", req.end_ms)] {
            if value < 0 {
                return Err(Error::invalid_argument(field, "must be milliseconds since the epoch (not negative)"));
            }
        }
        let end = if req.end_ms == 0 { now } else { req.end_ms };
        let start = if req.start_ms == 0 { end.saturating_sub(3600 * 1000) } else { req.start_ms };
        if start >= end {
            return Err(Error::invalid_argument("start_ms", "must be before end_ms"));
        }
        let width = i64::from(if req.bucket_secs == 0 { 60 } else { req.bucket_secs }) * 1000;
        // Both are non-negative and start < end: the span cannot overflow.
        if (end - start) / width > MAX_BUCKETS {
            return Err(Error::invalid_argument(
                "bucket_secs",
                format!("the window holds more than {MAX_BUCKETS} buckets of {} s", width / 1000),
            ));
        }
        // The last hour from memory, older minutes from the store (in a cluster: only
        // the current minute from memory).
        let memory_floor = if self.store.shared() {
            // This server's finished minutes join the store first.
            self.flush().await;
            now / MINUTE_MS * MINUTE_MS
        } else {
            (now - MEMORY_WINDOW_MS) / MINUTE_MS * MINUTE_MS + MINUTE_MS
        };
        let mut samples = self.engine.calls.stats.memory(&id.to_string(), start.max(memory_floor), end);
        if start < memory_floor {
            let rows = self
                .store
                .execution_stats(
                    id.org().as_str(),
                    id.app().as_str(),
                    start / MINUTE_MS * MINUTE_MS,
                    memory_floor.min(end),
                )
                .await?;
            samples.extend(rows);
        }
        let mut buckets: Vec<(i64, Slot)> = Vec::new();
        let mut at = Some(start);
        while let Some(t) = at.filter(|t| *t < end) {
            buckets.push((t, Slot::default()));
            at = t.checked_add(width);
        }
        let mut total = Slot::default();
        for (t, slot) in &samples {
            let t = (*t).max(start);
            if t >= end {
                continue;
            }
            let i = ((t - start) / width) as usize;
            if let Some((_, b)) = buckets.get_mut(i) {
                b.merge(slot);
            }
            total.merge(slot);
        }
        Ok(v1::GetExecutionStatsResponse {
            buckets: buckets.iter().map(|(s, slot)| stats_bucket(slot, *s, s.saturating_add(width).min(end))).collect(),
            total: Some(stats_bucket(&total, start, end)),
        })
    }

    /// Writes finished minutes to the store now and then.
    pub fn spawn_flusher(self: &Arc<Self>) {
        let me = Arc::downgrade(self);
        tokio::spawn(async move {
            loop {
                tokio::time::sleep(FLUSH_EVERY).await;
                let Some(stats) = me.upgrade() else { return };
                stats.flush().await;
            }
        });
    }

    /// Adds the minutes that are over to the store.
    async fn flush(&self) {
        for (app_id, minute, slot) in self.engine.calls.stats.take_finished_minutes(now_ms()) {
            let Some((org, app)) = app_id.split_once('/') else { continue };
            if let Err(e) = self.store.add_execution_stats(org, app, minute, &slot).await {
                tracing::warn!(%app_id, "storing execution stats failed: {e}");
            }
        }
    }
}
