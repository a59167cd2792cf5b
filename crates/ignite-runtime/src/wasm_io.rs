//! Guest stdio without tasks or pipes: stdout writes go straight into the response's
//! channel (with a byte budget for backpressure), stderr lines straight to the observer.

use std::pin::Pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};

use bytes::Bytes;
use ignite_core::runtime::{LogRecord, LogStream, Observer, now_ms};
use tokio::io::AsyncWrite;
use tokio::sync::{Notify, mpsc};
use wasmtime_wasi::cli::{IsTerminal, StdoutStream};
use wasmtime_wasi::p2::{OutputStream, Pollable, StreamError};

/// Output a guest may have written that the reader has not taken yet.
const BUDGET: usize = 1 << 20;

/// Accounting shared by a [`ChannelOutput`] and the reader of its channel.
#[derive(Default)]
pub struct Backlog {
    bytes: AtomicUsize,
    drained: Notify,
}

impl Backlog {
    /// The reader took `n` bytes.
    pub fn taken(&self, n: usize) {
        self.bytes.fetch_sub(n, Ordering::SeqCst);
        self.drained.notify_waiters();
    }
}

/// A guest's stdout as a stream of chunks.
#[derive(Clone)]
pub struct ChannelOutput {
    tx: mpsc::UnboundedSender<Bytes>,
    backlog: Arc<Backlog>,
}

impl ChannelOutput {
    pub fn new() -> (Self, mpsc::UnboundedReceiver<Bytes>, Arc<Backlog>) {
        let (tx, rx) = mpsc::unbounded_channel();
        let backlog = Arc::new(Backlog::default());
        (ChannelOutput { tx, backlog: backlog.clone() }, rx, backlog)
    }

    fn push(&self, bytes: Bytes) -> bool {
        self.backlog.bytes.fetch_add(bytes.len(), Ordering::SeqCst);
        self.tx.send(bytes).is_ok()
    }
}

impl IsTerminal for ChannelOutput {
    fn is_terminal(&self) -> bool {
        false
    }
}

impl StdoutStream for ChannelOutput {
    fn p2_stream(&self) -> Box<dyn OutputStream> {
        Box::new(self.clone())
    }
    fn async_stream(&self) -> Box<dyn AsyncWrite + Send + Sync> {
        Box::new(self.clone())
    }
}

#[async_trait::async_trait]
impl OutputStream for ChannelOutput {
    fn write(&mut self, bytes: Bytes) -> Result<(), StreamError> {
        // A reader that went away (client disconnected) makes further output moot.
        if !bytes.is_empty() && !self.push(bytes) {
            return Err(StreamError::Closed);
        }
        Ok(())
    }
    fn flush(&mut self) -> Result<(), StreamError> {
        Ok(())
    }
    fn check_write(&mut self) -> Result<usize, StreamError> {
        if self.tx.is_closed() {
            return Err(StreamError::Closed);
        }
        Ok(BUDGET.saturating_sub(self.backlog.bytes.load(Ordering::SeqCst)))
    }
}

#[async_trait::async_trait]
impl Pollable for ChannelOutput {
    async fn ready(&mut self) {
        loop {
            let drained = self.backlog.drained.notified();
            if self.backlog.bytes.load(Ordering::SeqCst) < BUDGET || self.tx.is_closed() {
                return;
            }
            drained.await;
        }
    }
}

impl AsyncWrite for ChannelOutput {
    fn poll_write(self: Pin<&mut Self>, _cx: &mut Context<'_>, buf: &[u8]) -> Poll<std::io::Result<usize>> {
        if self.push(Bytes::copy_from_slice(buf)) {
            Poll::Ready(Ok(buf.len()))
        } else {
            Poll::Ready(Err(std::io::ErrorKind::BrokenPipe.into()))
        }
    }
    fn poll_flush(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Poll::Ready(Ok(()))
    }
    fn poll_shutdown(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Poll::Ready(Ok(()))
    }
}

/// A guest stream whose lines become log lines.
#[derive(Clone)]
pub struct LineLog {
    inner: Arc<Mutex<LineState>>,
}

struct LineState {
    partial: crate::lines::LineSplitter,
    last: String,
    observer: Arc<dyn Observer>,
    replica_id: String,
    execution_id: String,
    stream: LogStream,
}

impl LineLog {
    pub fn new(observer: Arc<dyn Observer>, replica_id: &str, execution_id: &str, stream: LogStream) -> Self {
        LineLog {
            inner: Arc::new(Mutex::new(LineState {
                partial: Default::default(),
                last: String::new(),
                observer,
                replica_id: replica_id.to_string(),
                execution_id: execution_id.to_string(),
                stream,
            })),
        }
    }

    /// The last complete or partial line (an error message, usually).
    pub fn last_line(&self) -> String {
        let mut st = self.inner.lock().expect("log lock");
        st.flush_partial();
        st.last.clone()
    }

    fn write(&self, bytes: &[u8]) {
        let mut st = self.inner.lock().expect("log lock");
        let mut lines = Vec::new();
        st.partial.push(bytes, &mut |line| lines.push(line));
        for line in lines {
            st.emit(line);
        }
    }
}

impl LineState {
    fn emit(&mut self, line: String) {
        self.observer.log(LogRecord {
            timestamp_ms: now_ms(),
            replica_id: self.replica_id.clone(),
            stream: self.stream,
            line: line.clone(),
            execution_id: Some(self.execution_id.clone()),
        });
        self.last = line;
    }

    fn flush_partial(&mut self) {
        if let Some(line) = self.partial.finish() {
            self.emit(line);
        }
    }
}

impl IsTerminal for LineLog {
    fn is_terminal(&self) -> bool {
        false
    }
}

impl StdoutStream for LineLog {
    fn p2_stream(&self) -> Box<dyn OutputStream> {
        Box::new(self.clone())
    }
    fn async_stream(&self) -> Box<dyn AsyncWrite + Send + Sync> {
        Box::new(self.clone())
    }
}

#[async_trait::async_trait]
impl OutputStream for LineLog {
    fn write(&mut self, bytes: Bytes) -> Result<(), StreamError> {
        LineLog::write(self, &bytes);
        Ok(())
    }
    fn flush(&mut self) -> Result<(), StreamError> {
        Ok(())
    }
    fn check_write(&mut self) -> Result<usize, StreamError> {
        Ok(64 * 1024)
    }
}

#[async_trait::async_trait]
impl Pollable for LineLog {
    async fn ready(&mut self) {}
}

impl AsyncWrite for LineLog {
    fn poll_write(self: Pin<&mut Self>, _cx: &mut Context<'_>, buf: &[u8]) -> Poll<std::io::Result<usize>> {
        LineLog::write(&self, buf);
        Poll::Ready(Ok(buf.len()))
    }
    fn poll_flush(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Poll::Ready(Ok(()))
    }
    fn poll_shutdown(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Poll::Ready(Ok(()))
    }
}
