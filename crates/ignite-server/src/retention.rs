//! What expires, and the sweeper that removes it: execution records with their outputs
//! (kept as long as the app's storage mode says, from the execution's end) and build
//! logs (the server's window). Blobs go through [`Ignite::collect_blobs`], the one
//! place that deletes them while the server runs.

use std::collections::HashSet;
use std::sync::Arc;
use std::time::Duration;

use ignite_core::Error;
use ignite_core::runtime::now_ms;
use ignite_proto::v1;

use crate::service::Ignite;

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

/// How long an execution of an app configured as `config` is kept after it completes.
pub fn execution_retention(config: &v1::AppMeta, persistent: Duration) -> Duration {
    match v1::StorageMode::try_from(config.storage_mode) {
        Ok(v1::StorageMode::Ttl) => Duration::from_secs(config.ttl_secs.into()),
        Ok(v1::StorageMode::Ephemeral) => persistent.min(EPHEMERAL_RETENTION),
        _ => persistent,
    }
}

impl Ignite {
    /// Deletes the blobs among `candidates` that no row references any more. Holds
    /// the blob store's collector gate throughout, so a blob written meanwhile (by a
    /// save of the same bytes) waits and is then referenced before the next collection.
    pub(crate) async fn collect_blobs(&self, candidates: HashSet<String>) -> Result<usize, Error> {
        if candidates.is_empty() {
            return Ok(0);
        }
        let _collecting = self.blobs.collecting().await;
        let still_used = self.store.referenced_blobs().await?;
        let unused: Vec<String> = candidates.difference(&still_used).cloned().collect();
        let blobs = self.blobs.clone();
        let deleted = tokio::task::spawn_blocking(move || {
            let mut deleted = 0;
            for hash in unused {
                match blobs.delete(&hash) {
                    Ok(()) => deleted += 1,
                    Err(e) => tracing::warn!(%hash, error = %e, "could not delete blob"),
                }
            }
            deleted
        })
        .await
        .map_err(|e| Error::internal(format!("deleting blobs: {e}")))?;
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
        let before = now - self.builds.settings.log_retention.as_millis() as i64;
        let logs = self.store.delete_build_logs(before).await?;
        Ok((executions, logs))
    }

    /// Runs [`Ignite::sweep_expired`] every `sweep_every` while the server lives.
    pub fn spawn_retention_sweeper(self: &Arc<Self>) {
        let me = Arc::downgrade(self);
        let every = self.retention.sweep_every.max(Duration::from_millis(100));
        tokio::spawn(async move {
            loop {
                tokio::time::sleep(every).await;
                let Some(ignite) = me.upgrade() else { return };
                match ignite.sweep_expired().await {
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
        let app =
            |mode: v1::StorageMode, ttl_secs| v1::AppMeta { storage_mode: mode as i32, ttl_secs, ..Default::default() };
        assert_eq!(execution_retention(&app(v1::StorageMode::Unspecified, 0), week), week);
        assert_eq!(execution_retention(&app(v1::StorageMode::Persistent, 0), week), week);
        assert_eq!(execution_retention(&app(v1::StorageMode::Ephemeral, 0), week), EPHEMERAL_RETENTION);
        assert_eq!(
            execution_retention(&app(v1::StorageMode::Ephemeral, 0), Duration::from_secs(5)),
            Duration::from_secs(5)
        );
        assert_eq!(execution_retention(&app(v1::StorageMode::Ttl, 30), week), Duration::from_secs(30));
    }
}
