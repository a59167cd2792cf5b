//! Execution stats in memory: every call of every path (Invoke, host routing,
//! executions) is recorded by the engine into per-second [`Slot`]s, a few counter
//! increments and a histogram bucket, no I/O. Memory keeps the last hour at one-second
//! resolution and hands each finished minute out once, for the store.

use std::collections::{BTreeMap, HashMap};
use std::sync::Mutex;
use std::time::Duration;

use ignite_core::runtime::now_ms;

use crate::store::stats::{Outcome, Slot};

/// Memory holds this much at one-second resolution.
pub const MEMORY_WINDOW_MS: i64 = 3600 * 1000;
pub const MINUTE_MS: i64 = 60_000;

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
    pub fn memory(&self, app_id: &str, start: i64, end: i64) -> Vec<(i64, Slot)> {
        let apps = self.apps.lock().expect("stats lock");
        apps.get(app_id)
            .map(|a| a.seconds.range(start..end).map(|(t, s)| (*t, s.clone())).collect())
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::stats::Outcome;

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
