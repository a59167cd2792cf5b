//! Writes apps' log lines to the store in batches, off the guests' path: a bounded
//! queue (when it is full a line is dropped and counted, rather than slowing a guest),
//! written every 200 ms or every 500 lines, and on demand before a read.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use tokio::sync::{mpsc, oneshot};

use crate::store::{LogStore, StoredLine};

/// Lines waiting to be written before new ones are dropped.
const QUEUE: usize = 65_536;
/// Lines written in one transaction at the most.
const BATCH: usize = 500;
/// How long a line waits for others to share its write.
const EVERY: Duration = Duration::from_millis(200);

enum Command {
    Line(StoredLine),
    /// Answered once every line queued before it is written.
    Flush(oneshot::Sender<()>),
}

pub struct LogWriter {
    tx: mpsc::Sender<Command>,
    /// Lines dropped because the queue was full.
    pub dropped: AtomicU64,
}

impl LogWriter {
    /// Starts the writer; it stops when the last handle is dropped.
    pub fn spawn(store: Arc<dyn LogStore>) -> Arc<LogWriter> {
        let (tx, mut rx) = mpsc::channel::<Command>(QUEUE);
        tokio::spawn(async move {
            while let Some(first) = rx.recv().await {
                let (mut batch, mut flushes) = (Vec::new(), Vec::new());
                let take = |command: Command, batch: &mut Vec<StoredLine>, flushes: &mut Vec<oneshot::Sender<()>>| {
                    match command {
                        Command::Line(line) => batch.push(line),
                        Command::Flush(done) => flushes.push(done),
                    }
                };
                take(first, &mut batch, &mut flushes);
                let deadline = tokio::time::Instant::now() + EVERY;
                // A flush ends the gathering: the lines queued before it came first.
                while batch.len() < BATCH && flushes.is_empty() {
                    match tokio::time::timeout_at(deadline, rx.recv()).await {
                        Ok(Some(command)) => take(command, &mut batch, &mut flushes),
                        _ => break,
                    }
                }
                if !batch.is_empty()
                    && let Err(e) = store.append_logs(&batch).await
                {
                    tracing::warn!(error = %e, lines = batch.len(), "writing log lines");
                }
                for done in flushes {
                    let _ = done.send(());
                }
            }
        });
        Arc::new(LogWriter { tx, dropped: AtomicU64::new(0) })
    }

    /// Queues a line (dropped, and counted, when the queue is full).
    pub fn write(&self, line: StoredLine) {
        if self.tx.try_send(Command::Line(line)).is_err() {
            self.dropped.fetch_add(1, Ordering::Relaxed);
        }
    }

    /// Waits until every line queued so far is in the store.
    pub async fn flush(&self) {
        let (done, written) = oneshot::channel();
        if self.tx.send(Command::Flush(done)).await.is_ok() {
            let _ = written.await;
        }
    }
}
