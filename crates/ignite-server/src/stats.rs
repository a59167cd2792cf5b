//! Execution stats (GetExecutionStats): counts by outcome, cold starts and latency
//! percentiles, over any window and bucket width.
//!
//! Every call of every path (Invoke, host routing, executions) is recorded by the
//! engine into per-second slots in memory: a few counter increments and a histogram
//! bucket, no I/O. A flusher writes each finished minute to the store once (one row per
//! app and minute), and memory keeps the last hour at one-second resolution. Queries
//! read memory for the last hour and the store before that; a server stopped
//! abruptly loses at most the calls of the last flush interval.
//!
//! Latencies go into a log-linear histogram (16 buckets per doubling, so a percentile
//! is within about 4.4 % of the true value) and are clamped to the measured minimum
//! and maximum.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use ignite_core::Error;
use ignite_core::runtime::now_ms;
use ignite_proto::v1;
use serde::{Deserialize, Serialize};

/// Sub-buckets per doubling of the latency.
const SUB_BUCKETS: f64 = 16.0;
/// Memory holds this much at one-second resolution.
const MEMORY_WINDOW_MS: i64 = 3600 * 1000;
const MINUTE_MS: i64 = 60_000;
pub const FLUSH_EVERY: Duration = Duration::from_secs(10);
/// Buckets one query may ask for.
const MAX_BUCKETS: i64 = 10_000;

/// How a call ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Success,
    Error,
    Timeout,
}

/// Counts and a latency histogram (microseconds).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Slot {
    pub success: u64,
    pub error: u64,
    pub timeout: u64,
    pub cold_starts: u64,
    /// Histogram bucket → calls.
    pub latency: BTreeMap<u16, u64>,
    pub min_us: u64,
    pub max_us: u64,
}

fn bucket_of(us: u64) -> u16 {
    ((us.max(1) as f64).log2() * SUB_BUCKETS).floor() as u16
}

fn value_of(bucket: u16) -> f64 {
    2f64.powf((f64::from(bucket) + 0.5) / SUB_BUCKETS)
}

impl Slot {
    fn calls(&self) -> u64 {
        self.success + self.error + self.timeout
    }

    pub fn record(&mut self, outcome: Outcome, latency: Duration, cold_start: bool) {
        match outcome {
            Outcome::Success => self.success += 1,
            Outcome::Error => self.error += 1,
            Outcome::Timeout => self.timeout += 1,
        }
        self.cold_starts += u64::from(cold_start);
        let us = latency.as_micros() as u64;
        *self.latency.entry(bucket_of(us)).or_default() += 1;
        self.min_us = if self.calls() == 1 { us } else { self.min_us.min(us) };
        self.max_us = self.max_us.max(us);
    }

    pub fn merge(&mut self, other: &Slot) {
        if other.calls() == 0 {
            return;
        }
        self.min_us = if self.calls() == 0 { other.min_us } else { self.min_us.min(other.min_us) };
        self.max_us = self.max_us.max(other.max_us);
        self.success += other.success;
        self.error += other.error;
        self.timeout += other.timeout;
        self.cold_starts += other.cold_starts;
        for (b, n) in &other.latency {
            *self.latency.entry(*b).or_default() += n;
        }
    }

    /// The `q` quantile in milliseconds (0 without calls).
    pub fn percentile_ms(&self, q: f64) -> f64 {
        let total: u64 = self.latency.values().sum();
        if total == 0 {
            return 0.0;
        }
        let rank = ((q * total as f64).ceil() as u64).max(1);
        let mut seen = 0;
        for (b, n) in &self.latency {
            seen += n;
            if seen >= rank {
                let us = value_of(*b).clamp(self.min_us as f64, self.max_us as f64);
                return us / 1000.0;
            }
        }
        self.max_us as f64 / 1000.0
    }

    fn to_bucket(&self, start_ms: i64, end_ms: i64) -> v1::ExecutionStatsBucket {
        v1::ExecutionStatsBucket {
            start_ms,
            end_ms,
            success_count: self.success,
            error_count: self.error,
            timeout_count: self.timeout,
            cold_starts: self.cold_starts,
            p50_ms: self.percentile_ms(0.50),
            p95_ms: self.percentile_ms(0.95),
            p99_ms: self.percentile_ms(0.99),
        }
    }
}

/// Per-app, per-second slots of the last hour, and which minutes went to the store.
#[derive(Default)]
pub struct ExecutionStats {
    apps: Mutex<HashMap<String, AppSeconds>>,
}

#[derive(Default)]
struct AppSeconds {
    /// Second (ms, aligned) → slot.
    seconds: BTreeMap<i64, Slot>,
    /// Minutes before this one are in the store.
    flushed_until_ms: i64,
}

impl ExecutionStats {
    /// Records one call of `app_id` (`org/app`) that ended now.
    pub fn record(&self, app_id: &str, outcome: Outcome, latency: Duration, cold_start: bool) {
        let second = now_ms() / 1000 * 1000;
        let mut apps = self.apps.lock().expect("stats lock");
        let app = apps.entry(app_id.to_string()).or_default();
        app.seconds.entry(second).or_default().record(outcome, latency, cold_start);
    }

    /// Forgets a deleted app.
    pub fn remove(&self, app_id: &str) {
        self.apps.lock().expect("stats lock").remove(app_id);
    }

    /// The finished minutes not yet stored, merged per (app, minute); marks them stored
    /// and drops seconds past the memory window.
    pub fn take_finished_minutes(&self, now: i64) -> Vec<(String, i64, Slot)> {
        let current_minute = now / MINUTE_MS * MINUTE_MS;
        let mut out = Vec::new();
        let mut apps = self.apps.lock().expect("stats lock");
        for (app_id, app) in apps.iter_mut() {
            let mut minutes: BTreeMap<i64, Slot> = BTreeMap::new();
            for (second, slot) in app.seconds.range(app.flushed_until_ms..current_minute) {
                minutes.entry(second / MINUTE_MS * MINUTE_MS).or_default().merge(slot);
            }
            out.extend(minutes.into_iter().map(|(m, s)| (app_id.clone(), m, s)));
            app.flushed_until_ms = app.flushed_until_ms.max(current_minute);
            let floor = now - MEMORY_WINDOW_MS;
            app.seconds = app.seconds.split_off(&floor);
        }
        apps.retain(|_, a| !a.seconds.is_empty());
        out
    }

    /// Seconds of `app_id` in memory within [start, end).
    fn memory(&self, app_id: &str, start: i64, end: i64) -> Vec<(i64, Slot)> {
        let apps = self.apps.lock().expect("stats lock");
        apps.get(app_id)
            .map(|a| a.seconds.range(start..end).map(|(t, s)| (*t, s.clone())).collect())
            .unwrap_or_default()
    }
}

impl crate::service::Ignite {
    pub async fn get_execution_stats(
        &self,
        caller: &crate::auth::Caller,
        req: v1::GetExecutionStatsRequest,
    ) -> Result<v1::GetExecutionStatsResponse, Error> {
        let id = crate::service::function_of(caller, &req.organization_name, &req.app_name, "app_name")?;
        self.app(&id).await?;
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
        // The last hour from memory, older minutes from the store.
        let memory_floor = (now - MEMORY_WINDOW_MS) / MINUTE_MS * MINUTE_MS + MINUTE_MS;
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
            buckets: buckets.iter().map(|(s, slot)| slot.to_bucket(*s, s.saturating_add(width).min(end))).collect(),
            total: Some(total.to_bucket(start, end)),
        })
    }

    /// Writes finished minutes to the store now and then.
    pub fn spawn_stats_flusher(self: &Arc<Self>) {
        let me = Arc::downgrade(self);
        tokio::spawn(async move {
            loop {
                tokio::time::sleep(FLUSH_EVERY).await;
                let Some(ignite) = me.upgrade() else { return };
                for (app_id, minute, slot) in ignite.engine.calls.stats.take_finished_minutes(now_ms()) {
                    let Some((org, app)) = app_id.split_once('/') else { continue };
                    if let Err(e) = ignite.store.add_execution_stats(org, app, minute, &slot).await {
                        tracing::warn!(%app_id, "storing execution stats failed: {e}");
                    }
                }
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_stay_within_the_measured_range_and_near_the_truth() {
        let mut slot = Slot::default();
        for ms in 1..=100u64 {
            slot.record(Outcome::Success, Duration::from_millis(ms), ms == 1);
        }
        assert_eq!((slot.success, slot.cold_starts), (100, 1));
        for (q, truth) in [(0.5, 50.0), (0.95, 95.0), (0.99, 99.0)] {
            let p = slot.percentile_ms(q);
            assert!((p - truth).abs() / truth < 0.05, "p{q} = {p}, expected about {truth}");
            assert!((1.0..=100.0).contains(&p));
        }
        let mut one = Slot::default();
        one.record(Outcome::Timeout, Duration::from_millis(7), false);
        assert_eq!(one.percentile_ms(0.99), 7.0, "a single sample is its own percentile");
    }

    #[test]
    fn merged_slots_add_counts_and_keep_extremes() {
        let mut a = Slot::default();
        a.record(Outcome::Success, Duration::from_millis(3), false);
        let mut b = Slot::default();
        b.record(Outcome::Error, Duration::from_millis(9), true);
        a.merge(&b);
        assert_eq!((a.success, a.error, a.cold_starts, a.min_us, a.max_us), (1, 1, 1, 3000, 9000));
        a.merge(&Slot::default());
        assert_eq!(a.min_us, 3000, "an empty slot changes nothing");
    }

    #[test]
    fn finished_minutes_are_handed_out_once() {
        let stats = ExecutionStats::default();
        stats.record("o/a", Outcome::Success, Duration::from_millis(1), false);
        assert!(stats.take_finished_minutes(now_ms()).is_empty(), "the current minute is not finished");
        let later = now_ms() + 2 * MINUTE_MS;
        let minutes = stats.take_finished_minutes(later);
        assert_eq!(minutes.len(), 1);
        assert_eq!(minutes[0].2.success, 1);
        assert!(stats.take_finished_minutes(later).is_empty());
    }
}
