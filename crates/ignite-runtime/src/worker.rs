//! One process worker (a replica): the host end of the worker protocol
//! (docs/worker-protocol.md), shared by every process runtime (Python, native Rust, Go,
//! Deno). What differs per runtime (how the process starts, how its exit code is
//! learned) sits behind [`WorkerOwner`].

use std::collections::HashMap;
use std::os::fd::OwnedFd;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use async_trait::async_trait;
use bytes::Bytes;
use futures::StreamExt;
use ignite_core::runtime::{
    Body, CancellationToken, EventKind, Instance, InstanceStatus, Invocation, InvocationResponse, LogRecord, LogStream,
    Observer, ResourceUsage, ResponseHead, RuntimeError, RuntimeEvent, now_ms,
};
use tokio::io::AsyncRead;
use tokio::sync::mpsc;

use crate::protocol::{self, WorkerFrame};
use crate::sandbox::Cgroup;

/// Body chunks sent per frame.
const CHUNK: usize = 64 * 1024;

/// Frames of one call's reply a worker may send ahead of the call's reader.
const REPLY_BUFFER: usize = 4;

enum Reply {
    Head(u16, Vec<(String, String)>),
    Chunk(Bytes),
    End(Option<String>),
    Failed(RuntimeError),
}

/// The loaded version a worker belongs to.
#[async_trait]
pub(crate) trait WorkerOwner: Send + Sync + 'static {
    fn spec(&self) -> &ignite_core::runtime::VersionSpec;
    /// The exit code of the worker whose pid (in its namespace) is `ns_pid`, waiting up
    /// to `wait` for it to be known.
    async fn exit_code(&self, replica_id: &str, ns_pid: u32, wait: Duration) -> Option<i32>;
    /// A replica stopped (for zygote idling and the like).
    fn replica_gone(&self);
}

/// Bytes of output a [`forward_lines`] tail keeps.
const TAIL_BYTES: usize = 2048;

/// Forwards the lines of a pipe to the observer as log lines of `replica_id`; with a
/// `tail`, also keeps the last [`TAIL_BYTES`] of them there (for error messages).
pub(crate) fn forward_lines(
    pipe: impl AsyncRead + Send + Unpin + 'static,
    stream: LogStream,
    observer: Arc<dyn Observer>,
    replica_id: String,
    tail: Option<Arc<Mutex<String>>>,
) {
    tokio::spawn(async move {
        let mut lines = crate::lines::CappedLines::new(pipe);
        while let Some(line) = lines.next_line().await {
            if let Some(tail) = &tail {
                let mut t = tail.lock().expect("tail lock");
                t.push_str(&line);
                t.push('\n');
                if t.len() > TAIL_BYTES {
                    let cut = t.len() - TAIL_BYTES;
                    let cut = (cut..t.len()).find(|i| t.is_char_boundary(*i)).unwrap_or(0);
                    t.drain(..cut);
                }
            }
            observer.log(LogRecord {
                timestamp_ms: now_ms(),
                replica_id: replica_id.clone(),
                stream,
                line,
                execution_id: None,
            });
        }
    });
}

/// How the host knows a worker's pids.
pub(crate) enum WorkerPids {
    /// Known before READY (a zygote reported them).
    Known { ns_pid: u32, host_pid: u32 },
    /// The pid READY reports, in the namespace below `sandbox_root` (the bubblewrap
    /// process), or the host pid itself without a sandbox.
    FromReady { sandbox_root: Option<u32> },
}

pub struct ProcessWorker(Arc<WorkerState>);

struct WorkerState {
    replica_id: String,
    loaded: Arc<dyn WorkerOwner>,
    ns_pid: u32,
    host_pid: u32,
    cgroup: Option<Cgroup>,
    writer: tokio::sync::Mutex<tokio::net::unix::OwnedWriteHalf>,
    pending: Mutex<HashMap<u32, mpsc::Sender<Reply>>>,
    next_id: AtomicU32,
    alive: AtomicBool,
    stopped: AtomicBool,
    timed_out: AtomicBool,
    /// A call it ran was cancelled (CancelExecution) and the worker killed for it.
    cancelled: AtomicBool,
    oom_kills_before: u64,
    last_cpu: Mutex<(Instant, Duration)>,
}

impl ProcessWorker {
    /// Takes over a started worker process: its protocol socket, its output pipes (each
    /// line a log line), its pids and its cgroup; waits for READY.
    pub(crate) async fn start(
        loaded: Arc<dyn WorkerOwner>,
        replica_id: String,
        proto: std::os::unix::net::UnixStream,
        stdout: OwnedFd,
        stderr: OwnedFd,
        pids: WorkerPids,
        cgroup: Option<Cgroup>,
    ) -> Result<Arc<dyn Instance>, RuntimeError> {
        let observer = loaded.spec().observer.clone();
        for (stream, fd) in [(LogStream::Stdout, stdout), (LogStream::Stderr, stderr)] {
            let pipe = tokio::net::unix::pipe::Receiver::from_owned_fd(fd)?;
            forward_lines(pipe, stream, observer.clone(), replica_id.clone(), None);
        }
        proto.set_nonblocking(true)?;
        let (mut reader, writer) = tokio::net::UnixStream::from_std(proto)?.into_split();
        // The worker says READY (with its pid) once it serves.
        let ready = tokio::time::timeout(Duration::from_secs(30), protocol::read_frame(&mut reader)).await;
        let ready_pid = match ready {
            Ok(Ok((protocol::READY, body))) => {
                serde_json::from_slice::<serde_json::Value>(&body).ok().and_then(|v| v["pid"].as_u64()).unwrap_or(0)
                    as u32
            }
            Ok(Ok((kind, _))) => return Err(RuntimeError::Io(format!("unexpected frame {kind} from a new worker"))),
            Ok(Err(e)) => return Err(RuntimeError::Io(format!("the worker did not start: {e}"))),
            Err(_) => return Err(RuntimeError::Timeout(Duration::from_secs(30))),
        };
        let (ns_pid, host_pid) = match pids {
            WorkerPids::Known { ns_pid, host_pid } => (ns_pid, host_pid),
            WorkerPids::FromReady { sandbox_root: Some(root) } => {
                (ready_pid, crate::sandbox::host_pid_of(root, ready_pid).unwrap_or(0))
            }
            WorkerPids::FromReady { sandbox_root: None } => (ready_pid, ready_pid),
        };
        let state = Arc::new(WorkerState {
            replica_id,
            oom_kills_before: cgroup.as_ref().map(Cgroup::oom_kills).unwrap_or(0),
            loaded,
            ns_pid,
            host_pid,
            cgroup,
            writer: tokio::sync::Mutex::new(writer),
            pending: Mutex::new(HashMap::new()),
            next_id: AtomicU32::new(1),
            alive: AtomicBool::new(true),
            stopped: AtomicBool::new(false),
            timed_out: AtomicBool::new(false),
            cancelled: AtomicBool::new(false),
            last_cpu: Mutex::new((Instant::now(), Duration::ZERO)),
        });
        tokio::spawn(read_loop(state.clone(), reader));
        Ok(Arc::new(ProcessWorker(state)))
    }
}

async fn read_loop(state: Arc<WorkerState>, mut reader: tokio::net::unix::OwnedReadHalf) {
    let observer = state.loaded.spec().observer.clone();
    while let Ok((kind, body)) = protocol::read_frame(&mut reader).await {
        // Back-pressure: a reply waits for room in its call's channel, so a worker never
        // pushes more than REPLY_BUFFER frames ahead of the reader of a call.
        let route = |id: u32, reply: Reply| {
            let tx = state.pending.lock().expect("pending lock").get(&id).cloned();
            async move {
                if let Some(tx) = tx {
                    let _ = tx.send(reply).await;
                }
            }
        };
        match protocol::WorkerFrame::decode(kind, &body) {
            Some(WorkerFrame::Head { id, status, headers }) => route(id, Reply::Head(status, headers)).await,
            Some(WorkerFrame::Chunk { id, data }) => route(id, Reply::Chunk(Bytes::copy_from_slice(data))).await,
            Some(WorkerFrame::End { id, error }) => {
                route(id, Reply::End(error)).await;
                state.pending.lock().expect("pending lock").remove(&id);
            }
            Some(WorkerFrame::Log { execution_id, stream, line }) => observer.log(LogRecord {
                timestamp_ms: now_ms(),
                replica_id: state.replica_id.clone(),
                stream: if stream == "stderr" { LogStream::Stderr } else { LogStream::Stdout },
                line,
                execution_id: (!execution_id.is_empty()).then_some(execution_id),
            }),
            // A malformed frame, or one the host does not expect from a worker.
            None => {}
        }
    }
    // The worker is gone: say why, and fail what was in flight.
    state.alive.store(false, Ordering::SeqCst);
    let error = state.death().await;
    let pending: Vec<_> = state.pending.lock().expect("pending lock").drain().collect();
    for (_, tx) in pending {
        // Each call learns why, once its reader has taken what came before.
        let error = error.clone();
        tokio::spawn(async move {
            let _ = tx.send(Reply::Failed(error)).await;
        });
    }
}

impl WorkerState {
    fn event(&self, kind: EventKind, message: String) {
        self.loaded.spec().observer.event(RuntimeEvent::now(kind, Some(&self.replica_id), message));
    }

    /// Why the worker ended, reported as an event.
    async fn death(&self) -> RuntimeError {
        let limits = self.loaded.spec().limits;
        if self.timed_out.load(Ordering::SeqCst) {
            return RuntimeError::Timeout(limits.timeout());
        }
        if self.cancelled.load(Ordering::SeqCst) {
            return RuntimeError::Cancelled;
        }
        let code = self.loaded.exit_code(&self.replica_id, self.ns_pid, Duration::from_millis(500)).await;
        if self.stopped.load(Ordering::SeqCst) {
            return RuntimeError::NotRunning;
        }
        let oom = self.cgroup.as_ref().is_some_and(|c| c.oom_kills() > self.oom_kills_before);
        if oom {
            self.event(
                EventKind::OomKilled,
                format!("Memory cgroup out of memory: the worker exceeded {} MB and was killed", limits.memory_mb),
            );
            return RuntimeError::OutOfMemory { limit_mb: limits.memory_mb };
        }
        match code {
            Some(c) if c < 0 => {
                self.event(EventKind::Crashed, format!("the worker was killed by signal {}", -c));
                RuntimeError::Killed { signal: -c }
            }
            Some(c) => {
                self.event(EventKind::Crashed, format!("the worker exited with code {c}"));
                RuntimeError::Exited { code: c, message: String::new() }
            }
            None => {
                self.event(EventKind::Crashed, "the worker ended unexpectedly".into());
                RuntimeError::Exited { code: -1, message: "the worker ended unexpectedly".into() }
            }
        }
    }

    /// Stops the worker for call `id` (once, and only while that call is in flight):
    /// a thread running Python cannot be stopped alone. It is marked gone before it is
    /// killed, so no next call is handed to a worker about to die.
    fn stop_for_call(&self, id: u32, end: CallEnd) {
        if !self.pending.lock().expect("pending lock").contains_key(&id) || !self.alive.load(Ordering::SeqCst) {
            return;
        }
        let flag = match end {
            CallEnd::Cancelled => &self.cancelled,
            CallEnd::TimedOut(_) => &self.timed_out,
        };
        if flag.swap(true, Ordering::SeqCst) {
            return;
        }
        self.alive.store(false, Ordering::SeqCst);
        match end {
            CallEnd::Cancelled => {
                self.event(EventKind::Stopped, "a call it ran was cancelled; the worker was stopped".into())
            }
            CallEnd::TimedOut(limit) => self.event(
                EventKind::Timeout,
                format!("a call ran past the {} s limit; the worker was stopped", limit.as_secs()),
            ),
        }
        self.kill();
    }

    /// Kills the worker and, with a cgroup, every process it forked.
    fn kill(&self) {
        kill_pid(self.host_pid);
        if let Some(cg) = &self.cgroup {
            cg.kill_all();
        }
    }

    async fn send_request(&self, id: u32, invocation: Invocation) -> std::io::Result<()> {
        let ctx = &invocation.ctx;
        let request = serde_json::json!({
            "id": id,
            "execution_id": ctx.execution_id,
            "function_id": ctx.function.to_string(),
            "organization_id": ctx.organization_id,
            "traceparent": ctx.traceparent,
            "method": invocation.head.method,
            "path": invocation.head.path,
            "query": invocation.head.query,
            "headers": invocation.head.headers,
        });
        match invocation.body {
            Body::Full(b) => {
                let mut w = self.writer.lock().await;
                protocol::write_frame(&mut *w, protocol::REQUEST, request.to_string().as_bytes()).await?;
                for chunk in b.chunks(CHUNK) {
                    protocol::write_data(&mut *w, protocol::BODY, id, chunk).await?;
                }
                protocol::write_data(&mut *w, protocol::BODY_END, id, &[]).await
            }
            // Frames carry their call's id: the writer is held per frame, never while
            // waiting for the next piece of input, so a call whose input is slow (or
            // never comes) does not hold up the other calls of the replica.
            Body::Stream(mut s) => {
                protocol::write_frame(
                    &mut *self.writer.lock().await,
                    protocol::REQUEST,
                    request.to_string().as_bytes(),
                )
                .await?;
                while let Some(chunk) = s.next().await {
                    let chunk = chunk.map_err(|e| std::io::Error::other(e.to_string()))?;
                    protocol::write_data(&mut *self.writer.lock().await, protocol::BODY, id, &chunk).await?;
                }
                protocol::write_data(&mut *self.writer.lock().await, protocol::BODY_END, id, &[]).await
            }
        }
    }
}

/// Why a call's worker is stopped while the call is in flight.
#[derive(Clone, Copy)]
enum CallEnd {
    Cancelled,
    TimedOut(Duration),
}

/// Held by a call (its invoke, then its body): when the caller drops a cancelled call,
/// the worker is stopped at that moment. A caller stops waiting on a cancelled call at
/// once, before the watchdog's task runs, and the next call must not reach this worker.
struct StopIfCancelled {
    state: Arc<WorkerState>,
    id: u32,
    cancel: CancellationToken,
}

impl Drop for StopIfCancelled {
    fn drop(&mut self) {
        if self.cancel.is_cancelled() {
            self.state.stop_for_call(self.id, CallEnd::Cancelled);
        }
    }
}

#[async_trait]
impl Instance for ProcessWorker {
    fn replica_id(&self) -> &str {
        &self.0.replica_id
    }

    async fn ready(&self) -> Result<(), RuntimeError> {
        if self.0.alive.load(Ordering::SeqCst) { Ok(()) } else { Err(RuntimeError::NotRunning) }
    }

    async fn invoke(&self, invocation: Invocation) -> Result<InvocationResponse, RuntimeError> {
        let state = self.0.clone();
        if !state.alive.load(Ordering::SeqCst) {
            return Err(RuntimeError::NotRunning);
        }
        let id = state.next_id.fetch_add(1, Ordering::SeqCst);
        let (tx, mut rx) = mpsc::channel(REPLY_BUFFER);
        state.pending.lock().expect("pending lock").insert(id, tx);
        // A call past the timeout kills the worker (it may hold the GIL forever), and so
        // does a cancelled call (a thread running Python cannot be stopped alone). Armed
        // before the request is sent: streamed input that never comes counts too.
        let timeout = state.loaded.spec().limits.timeout();
        let watchdog = {
            let state = state.clone();
            let cancel = invocation.cancel.clone();
            tokio::spawn(async move {
                let cancelled = tokio::select! {
                    _ = tokio::time::sleep(timeout) => false,
                    _ = cancel.cancelled() => true,
                };
                state.stop_for_call(id, if cancelled { CallEnd::Cancelled } else { CallEnd::TimedOut(timeout) });
            })
        };
        let _stop_if_dropped = StopIfCancelled { state: state.clone(), id, cancel: invocation.cancel.clone() };
        match tokio::time::timeout(timeout, state.send_request(id, invocation)).await {
            Ok(Ok(())) => {}
            // The input did not arrive in time: the watchdog (armed at the same instant)
            // stops the worker, as for any call past its timeout.
            Err(_) => {
                let _ = watchdog.await;
                return Err(if state.cancelled.load(Ordering::SeqCst) {
                    RuntimeError::Cancelled
                } else {
                    RuntimeError::Timeout(timeout)
                });
            }
            Ok(Err(_)) => {
                watchdog.abort();
                state.pending.lock().expect("pending lock").remove(&id);
                return Err(if state.timed_out.load(Ordering::SeqCst) {
                    RuntimeError::Timeout(timeout)
                } else if state.cancelled.load(Ordering::SeqCst) {
                    RuntimeError::Cancelled
                } else {
                    RuntimeError::NotRunning
                });
            }
        }
        let (status, headers) = match rx.recv().await {
            Some(Reply::Head(status, headers)) => (status, headers),
            Some(Reply::Failed(e)) => {
                watchdog.abort();
                return Err(e);
            }
            Some(Reply::End(error)) => {
                watchdog.abort();
                return Err(RuntimeError::Trap(error.unwrap_or_else(|| "the worker sent no response".into())));
            }
            Some(Reply::Chunk(_)) | None => {
                watchdog.abort();
                return Err(RuntimeError::NotRunning);
            }
        };
        let body = futures::stream::unfold(
            (rx, Some(watchdog), _stop_if_dropped),
            |(mut rx, mut watchdog, stop)| async move {
                let item = match rx.recv().await? {
                    Reply::Chunk(b) => Ok(b),
                    Reply::End(None) => {
                        if let Some(w) = watchdog.take() {
                            w.abort();
                        }
                        return None;
                    }
                    Reply::End(Some(error)) => Err(RuntimeError::Trap(error)),
                    Reply::Failed(e) => Err(e),
                    Reply::Head(..) => Err(RuntimeError::Io("a second response head".into())),
                };
                if item.is_err()
                    && let Some(w) = watchdog.take()
                {
                    w.abort();
                }
                Some((item, (rx, watchdog, stop)))
            },
        );
        Ok(InvocationResponse { head: ResponseHead { status, headers }, body: Box::pin(body) })
    }

    fn status(&self) -> InstanceStatus {
        if self.0.alive.load(Ordering::SeqCst) { InstanceStatus::Ready } else { InstanceStatus::Exited { code: None } }
    }

    fn usage(&self) -> ResourceUsage {
        // A forked worker shares the zygote's pages copy-on-write, and those are charged
        // to the zygote's cgroup: report the larger of the cgroup's count and the RSS.
        let (rss, proc_cpu) = proc_usage(self.0.host_pid);
        let (memory_bytes, cpu_time) = match &self.0.cgroup {
            Some(cg) => (cg.memory_bytes().max(rss), cg.cpu_time()),
            None => (rss, proc_cpu),
        };
        let mut last = self.0.last_cpu.lock().expect("cpu lock");
        let elapsed = last.0.elapsed().as_micros().max(1) as u64;
        let used = cpu_time.saturating_sub(last.1).as_micros() as u64;
        *last = (Instant::now(), cpu_time);
        ResourceUsage { cpu_millicores: used * 1000 / elapsed, memory_bytes, cpu_time }
    }

    async fn stop(&self) {
        let state = &self.0;
        if state.stopped.swap(true, Ordering::SeqCst) {
            return;
        }
        state.alive.store(false, Ordering::SeqCst);
        state.kill();
        state.event(EventKind::Stopped, "replica stopped".into());
        // Give the kernel a moment to empty the cgroup before it is removed.
        for _ in 0..50 {
            if state.cgroup.as_ref().is_none_or(|c| c.pids().is_empty()) {
                break;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        state.loaded.replica_gone();
    }
}

pub(crate) fn kill_pid(pid: u32) {
    if pid > 1 {
        // SAFETY: kill(2) on a pid of our own replica; at worst it is gone (ESRCH).
        unsafe {
            libc::kill(pid as i32, libc::SIGKILL);
        }
    }
}

/// Memory (RSS) and CPU time of a process from /proc, when there is no cgroup.
fn proc_usage(pid: u32) -> (u64, Duration) {
    let rss = std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines().find_map(|l| l.strip_prefix("VmRSS:").map(|v| v.trim().trim_end_matches(" kB").to_string()))
        })
        .and_then(|kb| kb.trim().parse::<u64>().ok())
        .unwrap_or(0)
        * 1024;
    let ticks = std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .ok()
        .and_then(|s| {
            let after = s.rsplit_once(')')?.1;
            let fields: Vec<&str> = after.split_whitespace().collect();
            Some(fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?)
        })
        .unwrap_or(0);
    // SAFETY: sysconf has no preconditions.
    let hz = unsafe { libc::sysconf(libc::_SC_CLK_TCK) }.max(1) as u64;
    (rss, Duration::from_micros(ticks * 1_000_000 / hz))
}
