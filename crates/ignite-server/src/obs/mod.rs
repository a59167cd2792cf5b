//! What the platform observes of the calls it runs: execution stats in memory
//! ([`stats`]), Prometheus metrics ([`metrics`]), per-app logs and events
//! ([`telemetry`]), and the writer that keeps replicas' log lines in the store
//! ([`telemetry_writer`], through the storage trait). No wire handlers.

pub mod metrics;
pub mod stats;
pub mod telemetry;
pub mod telemetry_writer;

use std::time::Duration;

use crate::store::stats::Outcome;

/// Counts calls: the execution stats and the Prometheus metrics, always together.
#[derive(Default)]
pub struct CallSink {
    pub stats: stats::ExecutionStats,
    pub metrics: metrics::Metrics,
}

impl CallSink {
    pub fn record(&self, app_id: &str, outcome: Outcome, latency: Duration, cold_start: bool) {
        self.stats.record(app_id, outcome, latency, cold_start);
        self.metrics.call(app_id, outcome, latency, cold_start);
    }
}
