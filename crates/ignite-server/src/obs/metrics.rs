//! Prometheus metrics for operators, served at `GET /metrics` (text exposition format).
//!
//! | metric | kind | labels |
//! |---|---|---|
//! | `ignite_invocations_total` | counter | `app`, `outcome` (success, error, timeout) |
//! | `ignite_invocation_duration_seconds` | histogram | `app` |
//! | `ignite_cold_starts_total` | counter | `app` |
//! | `ignite_instances` | gauge | `app` (live replicas, all versions) |
//! | `ignite_queue_depth` | gauge | `app` (calls waiting for capacity) |
//! | `ignite_builds_total`, `ignite_build_duration_seconds` | counter, histogram | `runtime`, `outcome` |
//!
//! Calls are counted where the execution stats count them (the engine), so the two
//! always agree. Gauges are read from the pools when scraped.

use std::sync::Mutex;
use std::time::Duration;

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{Histogram, exponential_buckets};
use prometheus_client::registry::Registry;

use crate::store::stats::Outcome;

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct CallLabels {
    app: String,
    outcome: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct AppLabel {
    app: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct BuildLabels {
    runtime: String,
    outcome: &'static str,
}

fn latency_histogram() -> Histogram {
    // 100 µs .. about 105 s.
    Histogram::new(exponential_buckets(0.0001, 4.0, 11))
}

fn build_histogram() -> Histogram {
    // 0.5 s .. about 34 min.
    Histogram::new(exponential_buckets(0.5, 2.0, 13))
}

pub struct Metrics {
    registry: Registry,
    calls: Family<CallLabels, Counter>,
    latency: Family<AppLabel, Histogram, fn() -> Histogram>,
    cold_starts: Family<AppLabel, Counter>,
    instances: Family<AppLabel, Gauge>,
    queue_depth: Family<AppLabel, Gauge>,
    builds: Family<BuildLabels, Counter>,
    build_duration: Family<BuildLabels, Histogram, fn() -> Histogram>,
    /// Encoding takes the registry; scrapes take turns.
    scrape: Mutex<()>,
}

impl Default for Metrics {
    fn default() -> Self {
        let mut registry = Registry::with_prefix("ignite");
        let calls = Family::<CallLabels, Counter>::default();
        let latency = Family::<AppLabel, Histogram, fn() -> Histogram>::new_with_constructor(latency_histogram);
        let cold_starts = Family::<AppLabel, Counter>::default();
        let instances = Family::<AppLabel, Gauge>::default();
        let queue_depth = Family::<AppLabel, Gauge>::default();
        let builds = Family::<BuildLabels, Counter>::default();
        let build_duration = Family::<BuildLabels, Histogram, fn() -> Histogram>::new_with_constructor(build_histogram);
        registry.register("invocations", "Calls by app and outcome", calls.clone());
        registry.register("invocation_duration_seconds", "Call latency, to the end of the response", latency.clone());
        registry.register("cold_starts", "Calls that started the replica serving them", cold_starts.clone());
        registry.register("instances", "Live replicas", instances.clone());
        registry.register("queue_depth", "Calls waiting for capacity", queue_depth.clone());
        registry.register("builds", "Builds (compiles) by runtime and outcome", builds.clone());
        registry.register("build_duration_seconds", "Build duration", build_duration.clone());
        Metrics {
            registry,
            calls,
            latency,
            cold_starts,
            instances,
            queue_depth,
            builds,
            build_duration,
            scrape: Mutex::new(()),
        }
    }
}

impl Metrics {
    pub fn call(&self, app_id: &str, outcome: Outcome, latency: Duration, cold_start: bool) {
        self.calls.get_or_create(&CallLabels { app: app_id.to_string(), outcome: outcome.label() }).inc();
        let app = AppLabel { app: app_id.to_string() };
        self.latency.get_or_create(&app).observe(latency.as_secs_f64());
        if cold_start {
            self.cold_starts.get_or_create(&app).inc();
        }
    }

    pub fn build(&self, runtime: &str, success: bool, duration: Duration) {
        let labels = BuildLabels { runtime: runtime.to_string(), outcome: if success { "success" } else { "error" } };
        self.builds.get_or_create(&labels).inc();
        self.build_duration.get_or_create(&labels).observe(duration.as_secs_f64());
    }

    /// The exposition text, with the gauges set from `pools` (app id, replicas, queued).
    pub fn render(&self, pools: &[(String, usize, usize)]) -> String {
        let _turn = self.scrape.lock().expect("scrape lock");
        self.instances.clear();
        self.queue_depth.clear();
        for (app, replicas, queued) in pools {
            let label = AppLabel { app: app.clone() };
            self.instances.get_or_create(&label).inc_by(*replicas as i64);
            self.queue_depth.get_or_create(&label).inc_by(*queued as i64);
        }
        let mut out = String::new();
        prometheus_client::encoding::text::encode(&mut out, &self.registry).expect("writing to a String");
        out
    }
}
