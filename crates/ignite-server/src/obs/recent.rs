//! The most recent calls of each version of each app (outcome and latency): what a
//! canary is judged on. Bounded per version, in memory, on the server that ran them.

use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;
use std::time::Duration;

use ignite_core::runtime::now_ms;

use crate::store::stats::Outcome;

/// Calls kept per version.
const KEPT: usize = 4096;

/// What the calls of a version since some time came to.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Summary {
    pub calls: u32,
    pub errors: u32,
    pub p99: Duration,
}

impl Summary {
    pub fn error_rate(&self) -> f64 {
        if self.calls == 0 { 0.0 } else { f64::from(self.errors) / f64::from(self.calls) }
    }
}

/// One call: when it ended (ms since the epoch), whether it failed, how long it took.
type Call = (i64, bool, Duration);

#[derive(Default)]
pub struct RecentCalls {
    versions: Mutex<HashMap<(String, u32), VecDeque<Call>>>,
}

impl RecentCalls {
    pub fn record(&self, app_id: &str, version: u32, outcome: Outcome, latency: Duration) {
        let mut versions = self.versions.lock().expect("recent calls lock");
        let calls = versions.entry((app_id.to_string(), version)).or_default();
        if calls.len() == KEPT {
            calls.pop_front();
        }
        calls.push_back((now_ms(), outcome != Outcome::Success, latency));
    }

    /// The calls of `version` of `app_id` since `since_ms`.
    pub fn since(&self, app_id: &str, version: u32, since_ms: i64) -> Summary {
        let versions = self.versions.lock().expect("recent calls lock");
        let Some(calls) = versions.get(&(app_id.to_string(), version)) else { return Summary::default() };
        let mut latencies: Vec<Duration> = Vec::new();
        let mut errors = 0;
        for (_, error, latency) in calls.iter().filter(|(at, ..)| *at >= since_ms) {
            errors += u32::from(*error);
            latencies.push(*latency);
        }
        latencies.sort();
        let p99 = latencies.get((latencies.len() * 99).div_ceil(100).saturating_sub(1)).copied().unwrap_or_default();
        Summary { calls: latencies.len() as u32, errors, p99 }
    }

    /// Forgets a deleted app.
    pub fn remove(&self, app_id: &str) {
        self.versions.lock().expect("recent calls lock").retain(|(app, _), _| app != app_id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_summary_counts_the_window_and_its_p99() {
        let recent = RecentCalls::default();
        for i in 0..100u64 {
            let outcome = if i % 4 == 0 { Outcome::Error } else { Outcome::Success };
            recent.record("acme/x", 2, outcome, Duration::from_millis(i + 1));
        }
        recent.record("acme/x", 1, Outcome::Error, Duration::from_millis(1));
        let s = recent.since("acme/x", 2, 0);
        assert_eq!((s.calls, s.errors, s.p99), (100, 25, Duration::from_millis(99)));
        assert_eq!(s.error_rate(), 0.25);
        assert_eq!(recent.since("acme/x", 2, now_ms() + 1_000).calls, 0, "none after the window starts");
        assert_eq!(recent.since("acme/x", 3, 0), Summary::default());
    }
}
