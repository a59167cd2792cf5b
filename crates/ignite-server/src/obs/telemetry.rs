//! Per-app logs and events: bounded in-memory buffers plus a broadcast for live tails.
//! Runtimes report into them through the core `Observer`; a slow reader of a tail
//! misses lines (it is told how many) but never blocks execution.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex, OnceLock};

use std::time::Duration;

use ignite_core::runtime::{EventKind, LogRecord, Observer, RuntimeEvent, Severity};
use serde::{Deserialize, Serialize};
use tokio::sync::{broadcast, mpsc};

use crate::obs::telemetry_writer::TelemetryWriter;
use crate::store::{StoredEvent, StoredLine};

/// Lines kept per app (GetAppLogs answers from these).
pub const LOG_BUFFER: usize = 10_000;
/// Events kept per app.
pub const EVENT_BUFFER: usize = 1_000;
/// How long the store keeps log lines and events unless an app says otherwise.
pub const DEFAULT_RETENTION: Duration = Duration::from_secs(3 * 24 * 3600);
/// Live tail capacity before a slow reader starts missing messages.
const TAIL: usize = 4_096;

/// An event as kept: the runtime's observation, how often it repeated, and the version
/// it concerns.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AppEvent {
    pub event: RuntimeEvent,
    pub count: u32,
    pub first_timestamp_ms: i64,
    pub version: u32,
}

impl AppEvent {
    fn replica_id(&self) -> &str {
        self.event.replica_id.as_deref().unwrap_or_default()
    }

    /// Whether the event is of `severity` and `replica` (each: any when not given).
    pub fn matches(&self, severity: Option<Severity>, replica: &str) -> bool {
        severity.is_none_or(|s| self.event.severity == s) && (replica.is_empty() || self.replica_id() == replica)
    }
}

pub struct AppTelemetry {
    logs: Mutex<VecDeque<LogRecord>>,
    events: Mutex<VecDeque<AppEvent>>,
    pub log_tail: broadcast::Sender<LogRecord>,
    pub event_tail: broadcast::Sender<AppEvent>,
}

impl AppTelemetry {
    fn new() -> Self {
        AppTelemetry {
            logs: Mutex::new(VecDeque::new()),
            events: Mutex::new(VecDeque::new()),
            log_tail: broadcast::channel(TAIL).0,
            event_tail: broadcast::channel(TAIL).0,
        }
    }

    pub fn push_log(&self, line: LogRecord) {
        {
            let mut logs = self.logs.lock().expect("logs lock");
            if logs.len() == LOG_BUFFER {
                logs.pop_front();
            }
            logs.push_back(line.clone());
        }
        let _ = self.log_tail.send(line);
    }

    /// Records an event; a repeat of the latest event of the same kind, reason, replica
    /// and message is coalesced into it (count + 1).
    pub fn push_event(&self, event: AppEvent) {
        let merged = {
            let mut events = self.events.lock().expect("events lock");
            // Faults repeat across replacements (a crash loop): they coalesce whatever
            // the replica, which then names the latest one.
            let across_replicas = [EventKind::Crashed, EventKind::Restarted, EventKind::OomKilled, EventKind::Timeout]
                .contains(&event.event.kind);
            let repeat = events.iter_mut().rev().find(|e| {
                e.event.kind == event.event.kind
                    && e.event.reason == event.event.reason
                    && e.version == event.version
                    && (across_replicas || e.event.replica_id == event.event.replica_id)
            });
            match repeat {
                Some(last) if last.event.message == event.event.message => {
                    last.count += 1;
                    last.event.timestamp_ms = event.event.timestamp_ms;
                    last.event.replica_id = event.event.replica_id;
                    last.clone()
                }
                _ => {
                    if events.len() == EVENT_BUFFER {
                        events.pop_front();
                    }
                    events.push_back(event.clone());
                    event
                }
            }
        };
        let _ = self.event_tail.send(merged);
    }

    /// The newest `limit` lines (of `replica` when given), oldest first; and whether
    /// more were available.
    pub fn logs(&self, limit: usize, replica: &str) -> (Vec<LogRecord>, bool) {
        let logs = self.logs.lock().expect("logs lock");
        let matching: Vec<&LogRecord> = logs.iter().filter(|l| replica.is_empty() || l.replica_id == replica).collect();
        let truncated = matching.len() > limit;
        let lines = matching[matching.len().saturating_sub(limit)..].iter().map(|l| (*l).clone()).collect();
        (lines, truncated)
    }

    /// Events as stored (one per observation, oldest first), coalesced as they are in
    /// memory.
    pub fn coalesced(stored: Vec<(RuntimeEvent, u32)>) -> AppTelemetry {
        let coalesced = AppTelemetry::new();
        for (event, version) in stored {
            let first_timestamp_ms = event.timestamp_ms;
            coalesced.push_event(AppEvent { event, count: 1, first_timestamp_ms, version });
        }
        coalesced
    }

    /// The newest `limit` events (of `severity` and `replica` when given), oldest
    /// first; and whether more were available.
    pub fn events(&self, limit: usize, severity: Option<Severity>, replica: &str) -> (Vec<AppEvent>, bool) {
        let events = self.events.lock().expect("events lock");
        let matching: Vec<&AppEvent> = events.iter().filter(|e| e.matches(severity, replica)).collect();
        let truncated = matching.len() > limit;
        let out = matching[matching.len().saturating_sub(limit)..].iter().map(|e| (*e).clone()).collect();
        (out, truncated)
    }
}

/// What this server observed, for the other servers of a cluster (whoever streams an
/// app's logs may not be the server that runs it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Relayed {
    Log { app: String, record: LogRecord },
    Event { app: String, event: AppEvent },
}

/// Telemetry of every app, by `org/app`.
#[derive(Default)]
pub struct Telemetry {
    apps: Mutex<HashMap<String, Arc<AppTelemetry>>>,
    /// Where observations are copied for the other servers (set once, in a cluster).
    relay: OnceLock<mpsc::Sender<Relayed>>,
    /// Where the log lines of this server's replicas are kept (set once).
    writer: OnceLock<Arc<TelemetryWriter>>,
}

impl Telemetry {
    pub fn app(&self, app_id: &str) -> Arc<AppTelemetry> {
        self.apps
            .lock()
            .expect("telemetry lock")
            .entry(app_id.to_string())
            .or_insert_with(|| Arc::new(AppTelemetry::new()))
            .clone()
    }

    /// Forgets a deleted app.
    pub fn remove(&self, app_id: &str) {
        self.apps.lock().expect("telemetry lock").remove(app_id);
    }

    /// An observer of what the platform does with `version` of `app_id` (its events,
    /// kept for [`DEFAULT_RETENTION`]).
    pub fn observer(&self, app_id: &str, version: u32) -> Arc<dyn Observer> {
        self.replica_observer(app_id, version, DEFAULT_RETENTION)
    }

    /// An observer for the replicas serving `version` of `app_id`, whose log lines and
    /// events the store keeps for `log_retention`.
    pub fn replica_observer(&self, app_id: &str, version: u32, log_retention: Duration) -> Arc<dyn Observer> {
        let (org, app) = app_id.split_once('/').unwrap_or_default();
        Arc::new(AppObserver {
            app: self.app(app_id),
            app_id: app_id.to_string(),
            version,
            relay: self.relay.get().cloned(),
            keep: self.writer.get().map(|writer| Keep {
                writer: writer.clone(),
                org: org.to_string(),
                app: app.to_string(),
                retention_ms: log_retention.as_millis() as i64,
            }),
        })
    }

    /// Keeps the log lines of later observers in the store through `writer` (set it
    /// before serving).
    pub fn persist_to(&self, writer: Arc<TelemetryWriter>) {
        let _ = self.writer.set(writer);
    }

    /// The store's log lines are up to date with what this server observed (None: the
    /// lines are only in memory).
    pub async fn flush_logs(&self) -> Option<()> {
        let writer = self.writer.get()?;
        writer.flush().await;
        Some(())
    }

    /// Copies every later observation to `relay` (a full relay drops, never blocks a
    /// guest). Observers made before keep not relaying: set it before serving.
    pub fn relay_to(&self, relay: mpsc::Sender<Relayed>) {
        let _ = self.relay.set(relay);
    }

    /// Keeps what another server observed, as if observed here (without relaying it on).
    pub fn ingest(&self, relayed: Relayed) {
        match relayed {
            Relayed::Log { app, record } => self.app(&app).push_log(record),
            Relayed::Event { app, event } => self.app(&app).push_event(event),
        }
    }
}

/// Where an observer's log lines are kept.
struct Keep {
    writer: Arc<TelemetryWriter>,
    org: String,
    app: String,
    retention_ms: i64,
}

struct AppObserver {
    app: Arc<AppTelemetry>,
    app_id: String,
    version: u32,
    relay: Option<mpsc::Sender<Relayed>>,
    keep: Option<Keep>,
}

impl Observer for AppObserver {
    fn log(&self, r: LogRecord) {
        if let Some(relay) = &self.relay {
            let _ = relay.try_send(Relayed::Log { app: self.app_id.clone(), record: r.clone() });
        }
        // Only the server whose replica printed a line keeps it (relayed ones are not).
        if let Some(keep) = &self.keep {
            keep.writer.write_line(StoredLine {
                org: keep.org.clone(),
                app: keep.app.clone(),
                expires_at_ms: r.timestamp_ms.saturating_add(keep.retention_ms),
                record: r.clone(),
            });
        }
        self.app.push_log(r);
    }

    fn event(&self, e: RuntimeEvent) {
        let first_timestamp_ms = e.timestamp_ms;
        if let Some(keep) = &self.keep {
            keep.writer.write_event(StoredEvent {
                org: keep.org.clone(),
                app: keep.app.clone(),
                version: self.version,
                expires_at_ms: e.timestamp_ms.saturating_add(keep.retention_ms),
                event: e.clone(),
            });
        }
        let event = AppEvent { event: e, count: 1, first_timestamp_ms, version: self.version };
        if let Some(relay) = &self.relay {
            let _ = relay.try_send(Relayed::Event { app: self.app_id.clone(), event: event.clone() });
        }
        self.app.push_event(event);
    }
}

#[cfg(test)]
mod tests {
    use ignite_core::runtime::LogStream;

    use super::*;

    fn event(kind: EventKind, message: &str) -> AppEvent {
        let mut event = RuntimeEvent::now(kind, Some("r1"), message);
        event.reason = "Error".into();
        event.severity = Severity::Warning;
        AppEvent { event, count: 1, first_timestamp_ms: 0, version: 0 }
    }

    #[test]
    fn repeated_events_are_coalesced_and_buffers_are_bounded() {
        let t = Telemetry::default();
        let app = t.app("acme/x");
        for _ in 0..3 {
            app.push_event(event(EventKind::Crashed, "exit 1"));
        }
        app.push_event(event(EventKind::Crashed, "exit 2"));
        let (events, truncated) = app.events(10, None, "");
        assert_eq!(events.iter().map(|e| e.count).collect::<Vec<_>>(), [3, 1]);
        assert!(!truncated);
        for i in 0..(LOG_BUFFER + 5) {
            app.push_log(LogRecord {
                timestamp_ms: 0,
                replica_id: "r1".into(),
                stream: LogStream::Stdout,
                line: i.to_string(),
                execution_id: None,
            });
        }
        let (lines, truncated) = app.logs(2, "");
        assert!(truncated);
        assert_eq!(
            lines.iter().map(|l| l.line.as_str()).collect::<Vec<_>>(),
            [(LOG_BUFFER + 3).to_string(), (LOG_BUFFER + 4).to_string()]
        );
        assert_eq!(app.logs(5, "other").0.len(), 0);
    }
}
