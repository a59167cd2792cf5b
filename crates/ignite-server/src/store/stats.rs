//! The stored form of execution stats: a [`Slot`] counts calls by outcome, cold
//! starts, and their latencies in a log-linear histogram (16 buckets per doubling, so a
//! percentile is within about 4.4 % of the true value, clamped to the measured minimum
//! and maximum). The same structure serves a second in memory and a minute in the store.

use std::collections::BTreeMap;
use std::time::Duration;

use serde::{Deserialize, Serialize};

/// Sub-buckets per doubling of the latency.
const SUB_BUCKETS: f64 = 16.0;

/// How a call ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Success,
    Error,
    Timeout,
}

impl Outcome {
    /// Its name in metrics and traces.
    pub fn label(self) -> &'static str {
        match self {
            Outcome::Success => "success",
            Outcome::Error => "error",
            Outcome::Timeout => "timeout",
        }
    }
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
    pub fn calls(&self) -> u64 {
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
}
