//! Writes apps' log lines and events to the store in batches, off the guests' path: a
//! bounded queue (when it is full an item is dropped and counted, rather than slowing a
//! guest), written every 200 ms or every 500 items, and on demand before a read.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use tokio::sync::{mpsc, oneshot};

use crate::store::{LogStore, StoredEvent, StoredLine};

/// Lines waiting to be written before new ones are dropped.
const QUEUE: usize = 65_536;
/// Lines written in one transaction at the most.
const BATCH: usize = 500;
/// How long a line waits for others to share its write.
const EVERY: Duration = Duration::from_millis(200);

enum Command {
    Line(StoredLine),
    Event(StoredEvent),
    /// Answered once every line queued before it is written.
    Flush(oneshot::Sender<()>),
}

#[derive(Default)]
struct Batch {
    lines: Vec<StoredLine>,
    events: Vec<StoredEvent>,
    flushes: Vec<oneshot::Sender<()>>,
}

impl Batch {
    fn take(&mut self, command: Command) {
        match command {
            Command::Line(line) => self.lines.push(line),
            Command::Event(event) => self.events.push(event),
            Command::Flush(done) => self.flushes.push(done),
        }
    }
}

pub struct TelemetryWriter {
    tx: mpsc::Sender<Command>,
    /// Lines and events dropped because the queue was full.
    pub dropped: AtomicU64,
}

impl TelemetryWriter {
    /// Starts the writer; it stops when the last handle is dropped.
    pub fn spawn(store: Arc<dyn LogStore>) -> Arc<TelemetryWriter> {
        let (tx, mut rx) = mpsc::channel::<Command>(QUEUE);
        tokio::spawn(async move {
            while let Some(first) = rx.recv().await {
                let mut batch = Batch::default();
                batch.take(first);
                let deadline = tokio::time::Instant::now() + EVERY;
                // A flush ends the gathering: what was queued before it came first.
                while batch.lines.len() + batch.events.len() < BATCH && batch.flushes.is_empty() {
                    match tokio::time::timeout_at(deadline, rx.recv()).await {
                        Ok(Some(command)) => batch.take(command),
                        _ => break,
                    }
                }
                let Batch { lines, events, flushes } = batch;
                if (!lines.is_empty() || !events.is_empty())
                    && let Err(e) = store.append_telemetry(&lines, &events).await
                {
                    tracing::warn!(error = %e, lines = lines.len(), events = events.len(), "writing log lines and events");
                }
                for done in flushes {
                    let _ = done.send(());
                }
            }
        });
        Arc::new(TelemetryWriter { tx, dropped: AtomicU64::new(0) })
    }

    /// Queues a line (dropped, and counted, when the queue is full).
    pub fn write_line(&self, line: StoredLine) {
        self.queue(Command::Line(line));
    }

    /// Queues an event (dropped, and counted, when the queue is full).
    pub fn write_event(&self, event: StoredEvent) {
        self.queue(Command::Event(event));
    }

    fn queue(&self, command: Command) {
        if self.tx.try_send(command).is_err() {
            self.dropped.fetch_add(1, Ordering::Relaxed);
        }
    }

    /// Waits until everything queued so far is in the store.
    pub async fn flush(&self) {
        let (done, written) = oneshot::channel();
        if self.tx.send(Command::Flush(done)).await.is_ok() {
            let _ = written.await;
        }
    }
}
