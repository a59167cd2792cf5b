//! What the platform observes of the calls it runs: execution stats in memory
//! ([`stats`]), Prometheus metrics ([`metrics`]), per-app logs and events
//! ([`telemetry`]), each version's recent calls ([`recent`]), traces ([`trace`]: the W3C
//! context of calls, OTLP export), and the writer that keeps replicas' log lines in the
//! store ([`telemetry_writer`], through the storage trait). No wire handlers.

pub mod metrics;
pub mod recent;
pub mod stats;
pub mod telemetry;
pub mod telemetry_writer;
pub mod trace;

use std::time::Duration;

use crate::store::stats::Outcome;

/// Counts calls: the execution stats, the Prometheus metrics and each version's recent
/// calls, always together.
#[derive(Default)]
pub struct CallSink {
    pub stats: stats::ExecutionStats,
    pub metrics: metrics::Metrics,
    pub recent: recent::RecentCalls,
}

impl CallSink {
    pub fn record(&self, app_id: &str, version: u32, outcome: Outcome, latency: Duration, cold_start: bool) {
        self.stats.record(app_id, outcome, latency, cold_start);
        self.metrics.call(app_id, outcome, latency, cold_start);
        self.recent.record(app_id, version, outcome, latency);
    }
}
