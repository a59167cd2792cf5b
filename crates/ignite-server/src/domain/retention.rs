//! What expires, and the sweeper that removes it: execution records with their outputs
//! (kept as long as the app's storage mode says, from the execution's end) and build
//! logs (the server's window). Blobs go through [`Retention::collect_blobs`], the one
//! place that deletes them while the server runs.

use std::collections::HashSet;
use std::sync::Arc;
use std::time::Duration;

use ignite_core::Error;
use ignite_core::app::{AppConfig, StorageMode};
use ignite_core::runtime::now_ms;

use crate::store::Store;
use crate::store::blobs::BlobStore;

/// How long an execution of an app in the default (persistent) storage mode is kept.
pub const DEFAULT_EXECUTION_RETENTION: Duration = Duration::from_secs(7 * 24 * 3600);
/// How long an execution of an ephemeral app is kept: long enough to fetch its result.
pub const EPHEMERAL_RETENTION: Duration = Duration::from_secs(600);
/// How often the sweeper looks for expired records.
pub const DEFAULT_SWEEP_EVERY: Duration = Duration::from_secs(60);
/// Records deleted per statement (the sweeper repeats until none is left).
const SWEEP_BATCH: u32 = 500;

/// What the server keeps and for how long.
#[derive(Debug, Clone)]
pub struct RetentionSettings {
    /// Executions of persistent apps (ephemeral ones keep theirs at most
    /// [`EPHEMERAL_RETENTION`]; TTL apps their `ttl_secs`).
    pub executions: Duration,
    /// How often the sweeper runs.
    pub sweep_every: Duration,
}

impl Default for RetentionSettings {
    fn default() -> Self {
        RetentionSettings { executions: DEFAULT_EXECUTION_RETENTION, sweep_every: DEFAULT_SWEEP_EVERY }
    }
}

/// How long an app keeps its executions (its `storage_mode`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Storage {
    Persistent,
    Ephemeral,
    Ttl(Duration),
}

impl Storage {
    pub fn of(config: &AppConfig) -> Storage {
        match config.storage {
            StorageMode::Ttl => Storage::Ttl(Duration::from_secs(config.ttl_secs.into())),
            StorageMode::Ephemeral => Storage::Ephemeral,
            StorageMode::Persistent | StorageMode::Unspecified => Storage::Persistent,
        }
    }

    /// How long an execution is kept after it completes, when persistent apps keep
    /// theirs `persistent`.
    pub fn retention(self, persistent: Duration) -> Duration {
        match self {
            Storage::Ttl(ttl) => ttl,
            Storage::Ephemeral => persistent.min(EPHEMERAL_RETENTION),
            Storage::Persistent => persistent,
        }
    }
}

/// The sweeper, and the collector of unreferenced blobs.
pub struct Retention {
    store: Arc<dyn Store>,
    blobs: BlobStore,
    pub settings: RetentionSettings,
    /// How long finished build logs are kept.
    build_log_retention: Duration,
}

impl Retention {
    pub fn new(
        store: Arc<dyn Store>,
        blobs: BlobStore,
        settings: RetentionSettings,
        build_log_retention: Duration,
    ) -> Self {
        Retention { store, blobs, settings, build_log_retention }
    }

    /// Deletes the blobs among `candidates` that no row references any more. Holds
    /// the blob store's collector gate throughout, so a blob written meanwhile (by a
    /// save of the same bytes) waits and is then referenced before the next collection.
    pub async fn collect_blobs(&self, candidates: HashSet<String>) -> Result<usize, Error> {
        if candidates.is_empty() {
            return Ok(0);
        }
        let _collecting = self.blobs.collecting().await;
        let still_used = self.store.referenced_blobs().await?;
        let unused: Vec<String> = candidates.difference(&still_used).cloned().collect();
        let mut deleted = 0;
        for hash in unused {
            match self.blobs.delete(&hash).await {
                Ok(()) => deleted += 1,
                Err(e) => tracing::warn!(%hash, error = %e, "could not delete blob"),
            }
        }
        Ok(deleted)
    }

    /// Deletes what is past its retention now: expired executions (and outputs no
    /// other record shares) and old build logs. Returns (executions, build logs).
    pub async fn sweep_expired(&self) -> Result<(usize, u64), Error> {
        let now = now_ms();
        let mut executions = 0;
        loop {
            let outputs = self.store.delete_expired_executions(now, SWEEP_BATCH).await?;
            executions += outputs.len();
            let done = outputs.len() < SWEEP_BATCH as usize;
            self.collect_blobs(outputs.into_iter().collect()).await?;
            if done {
                break;
            }
        }
        let before = now - self.build_log_retention.as_millis() as i64;
        let logs = self.store.delete_build_logs(before).await?;
        // Apps' log lines, each past its app's retention.
        while self.store.delete_expired_logs(now, SWEEP_BATCH).await? == u64::from(SWEEP_BATCH) {}
        Ok((executions, logs))
    }

    /// Runs [`Retention::sweep_expired`] every `sweep_every` while the server lives.
    pub fn spawn_sweeper(self: &Arc<Self>) {
        let me = Arc::downgrade(self);
        let every = self.settings.sweep_every.max(Duration::from_millis(100));
        tokio::spawn(async move {
            loop {
                tokio::time::sleep(every).await;
                let Some(retention) = me.upgrade() else { return };
                match retention.sweep_expired().await {
                    Ok((0, 0)) => {}
                    Ok((executions, build_logs)) => {
                        tracing::info!(executions, build_logs, "records past their retention removed")
                    }
                    Err(e) => tracing::warn!("sweeping expired records: {e}"),
                }
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_storage_mode_decides_how_long_executions_are_kept() {
        let week = DEFAULT_EXECUTION_RETENTION;
        let app = |storage, ttl_secs| Storage::of(&AppConfig { storage, ttl_secs, ..Default::default() });
        let execution_retention = |storage: Storage, persistent| storage.retention(persistent);
        assert_eq!(execution_retention(app(StorageMode::Unspecified, 0), week), week);
        assert_eq!(execution_retention(app(StorageMode::Persistent, 0), week), week);
        assert_eq!(execution_retention(app(StorageMode::Ephemeral, 0), week), EPHEMERAL_RETENTION);
        assert_eq!(execution_retention(app(StorageMode::Ephemeral, 0), Duration::from_secs(5)), Duration::from_secs(5));
        assert_eq!(execution_retention(app(StorageMode::Ttl, 30), week), Duration::from_secs(30));
    }
}
