//! The instance pool of one app version: replicas start on demand, each serves up to
//! `max_concurrency` calls at once, the pool grows to `max_replicas` (a new replica
//! starts once every replica has `target_concurrency` calls in flight), starts and keeps
//! `reserved` replicas warm, and stops replicas idle past `idle_timeout` (to zero when
//! nothing is reserved). Calls beyond capacity wait in a bounded queue; when it is full they fail
//! at once with [`RuntimeError::Overloaded`]. A replica whose instance ended (crash, OOM
//! kill) is removed and replaced by the next call.
//!
//! Works for any runtime through the core `LoadedVersion` / `Instance` traits.

use std::collections::VecDeque;
use std::pin::Pin;
use std::sync::{Arc, Mutex, Weak};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use bytes::Bytes;
use futures::Stream;
use ignite_core::runtime::{
    EventKind, Instance, InstanceStatus, Invocation, InvocationResponse, LoadedVersion, Observer, ResourceUsage,
    RuntimeError, RuntimeEvent, now_ms,
};
use tokio::sync::oneshot;

/// Scaling settings of one pool.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PoolConfig {
    /// Concurrent calls one replica serves.
    pub max_concurrency: u32,
    /// In-flight calls per replica before the pool starts another (0 = max_concurrency).
    pub target_concurrency: u32,
    pub max_replicas: u32,
    /// Replicas kept started even when idle.
    pub reserved: u32,
    pub idle_timeout: Duration,
    /// Calls that may wait for capacity; more fail with RESOURCE_EXHAUSTED.
    pub queue_limit: usize,
    /// How long a queued call waits for capacity.
    pub queue_timeout: Duration,
}

impl Default for PoolConfig {
    fn default() -> Self {
        PoolConfig {
            max_concurrency: 8,
            target_concurrency: 0,
            max_replicas: 4,
            reserved: 0,
            idle_timeout: Duration::from_secs(300),
            queue_limit: 256,
            queue_timeout: Duration::from_secs(30),
        }
    }
}

/// A replica as the observability RPCs show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReplicaInfo {
    pub replica_id: String,
    pub started_at_ms: i64,
    pub in_flight: u32,
    pub ready: bool,
    pub restart_count: u32,
    pub usage: ResourceUsage,
}

/// A call's response with where it ran.
pub struct PooledResponse {
    pub response: InvocationResponse,
    pub replica_id: String,
    /// The call started the replica that served it.
    pub cold_start: bool,
}

struct Replica {
    id: String,
    instance: Arc<dyn Instance>,
    in_flight: u32,
    last_used: Instant,
    started_at_ms: i64,
    restart_count: u32,
}

#[derive(Default)]
struct State {
    replicas: Vec<Replica>,
    /// Replicas being started (they count against max_replicas).
    starting: u32,
    waiters: VecDeque<oneshot::Sender<()>>,
    next_replica: u64,
    /// Crashes so far, carried over to replacements as their restart count.
    restarts: u32,
    /// Why the last replica start failed, until one starts.
    start_failure: Option<String>,
    closed: bool,
}

pub struct InstancePool {
    version: Arc<dyn LoadedVersion>,
    name: String,
    config: Mutex<PoolConfig>,
    observer: Arc<dyn Observer>,
    state: Mutex<State>,
}

enum Slot {
    /// A replica with room: its id and instance.
    Ready(String, Arc<dyn Instance>),
    /// Start a new replica with this id; `true` when the pool had none (a wake-up).
    Start(String, bool),
    Wait(oneshot::Receiver<()>),
}

impl InstancePool {
    /// A pool for `version`; `name` prefixes replica ids (e.g. `hello-v3`). Starts the
    /// reaper that scales idle replicas down.
    pub fn new(
        version: Arc<dyn LoadedVersion>,
        name: impl Into<String>,
        config: PoolConfig,
        observer: Arc<dyn Observer>,
    ) -> Arc<Self> {
        let pool = Arc::new(InstancePool {
            version,
            name: name.into(),
            config: Mutex::new(config),
            observer,
            state: Mutex::new(State::default()),
        });
        let weak = Arc::downgrade(&pool);
        tokio::spawn(reap(weak));
        pool
    }

    pub fn config(&self) -> PoolConfig {
        *self.config.lock().expect("pool config lock")
    }

    /// Applies new settings to the running pool (UpdateAppConfig without a restart).
    pub fn reconfigure(&self, config: PoolConfig) {
        *self.config.lock().expect("pool config lock") = config;
        self.wake_one();
    }

    fn event(&self, kind: EventKind, replica: Option<&str>, message: String) {
        self.observer.event(RuntimeEvent::now(kind, replica, message));
    }

    fn acquire(&self) -> Result<Slot, RuntimeError> {
        let config = self.config();
        let mut st = self.state.lock().expect("pool lock");
        if st.closed {
            return Err(RuntimeError::NotRunning);
        }
        let max = config.max_concurrency.max(1);
        let target = if config.target_concurrency == 0 { max } else { config.target_concurrency.min(max) };
        let can_start = (st.replicas.len() as u32 + st.starting) < config.max_replicas.max(1);
        // Below the target on some replica: use it. All at the target: start another
        // replica while allowed, else fill replicas up to max_concurrency.
        let limit = if can_start { target } else { max };
        let best = st
            .replicas
            .iter_mut()
            .filter(|r| r.in_flight < limit && r.instance.status() == InstanceStatus::Ready)
            .min_by_key(|r| r.in_flight);
        if let Some(r) = best {
            r.in_flight += 1;
            r.last_used = Instant::now();
            return Ok(Slot::Ready(r.id.clone(), r.instance.clone()));
        }
        if can_start {
            let woke = st.replicas.is_empty() && st.starting == 0;
            st.starting += 1;
            return Ok(Slot::Start(self.next_id(&mut st), woke));
        }
        if st.waiters.len() >= config.queue_limit {
            return Err(RuntimeError::Overloaded(format!(
                "all {} replicas are busy and {} calls are queued",
                st.replicas.len(),
                st.waiters.len()
            )));
        }
        let (tx, rx) = oneshot::channel();
        st.waiters.push_back(tx);
        Ok(Slot::Wait(rx))
    }

    /// Removes idle replicas whose instance ended (crashed, OOM-killed); the next
    /// call that needs capacity starts a replacement.
    async fn prune(&self) {
        let dead: Vec<Replica> = {
            let mut st = self.state.lock().expect("pool lock");
            let (dead, alive) = std::mem::take(&mut st.replicas).into_iter().partition(|r: &Replica| {
                r.in_flight == 0 && !matches!(r.instance.status(), InstanceStatus::Ready | InstanceStatus::Starting)
            });
            st.replicas = alive;
            st.restarts += dead.len() as u32;
            dead
        };
        for r in dead {
            r.instance.stop().await;
            self.event(EventKind::Restarted, Some(&r.id), "the replica ended; a replacement starts on demand".into());
        }
    }

    fn next_id(&self, st: &mut State) -> String {
        st.next_replica += 1;
        format!("{}-{}", self.name, st.next_replica)
    }

    /// Calls waiting for capacity.
    pub fn queue_depth(&self) -> usize {
        self.state.lock().expect("pool lock").waiters.len()
    }

    /// Starts replicas until `reserved` are up (warm instances for the first calls).
    async fn prewarm(self: &Arc<Self>) {
        let config = self.config();
        let missing = {
            let mut st = self.state.lock().expect("pool lock");
            let have = st.replicas.len() as u32 + st.starting;
            let want = config.reserved.min(config.max_replicas.max(1));
            let missing = want.saturating_sub(have);
            st.starting += missing;
            (0..missing).map(|_| self.next_id(&mut st)).collect::<Vec<_>>()
        };
        for id in missing {
            if let Err(e) = self.start_replica(id.clone(), false, false).await {
                tracing::warn!(replica = %id, "starting a reserved replica failed: {e}");
            }
        }
    }

    fn wake_one(&self) {
        let mut st = self.state.lock().expect("pool lock");
        while let Some(w) = st.waiters.pop_front() {
            if w.send(()).is_ok() {
                break;
            }
        }
    }

    fn release(&self, replica_id: &str) {
        {
            let mut st = self.state.lock().expect("pool lock");
            if let Some(r) = st.replicas.iter_mut().find(|r| r.id == replica_id) {
                r.in_flight = r.in_flight.saturating_sub(1);
                r.last_used = Instant::now();
            }
        }
        self.wake_one();
    }

    /// Starts replica `id`; `claim` takes one call slot on it for the caller; `woke`
    /// says the pool was at zero.
    async fn start_replica(&self, id: String, claim: bool, woke: bool) -> Result<Arc<dyn Instance>, RuntimeError> {
        let started = async {
            let instance = self.version.start_instance(&id).await?;
            instance.ready().await?;
            Ok::<_, RuntimeError>(instance)
        }
        .await;
        let mut st = self.state.lock().expect("pool lock");
        st.starting -= 1;
        match started {
            Ok(instance) => {
                st.start_failure = None;
                let restart_count = st.restarts;
                st.replicas.push(Replica {
                    id: id.clone(),
                    instance: instance.clone(),
                    in_flight: u32::from(claim),
                    last_used: Instant::now(),
                    started_at_ms: now_ms(),
                    restart_count,
                });
                let count = st.replicas.len();
                drop(st);
                self.event(EventKind::Ready, Some(&id), "replica is ready".into());
                if woke {
                    self.event(EventKind::Woken, Some(&id), "a call arrived while scaled to zero".into());
                } else {
                    self.event(EventKind::ScaledUp, Some(&id), format!("scaled up to {count} replicas"));
                }
                Ok(instance)
            }
            Err(e) => {
                st.start_failure = Some(e.to_string());
                drop(st);
                self.wake_one();
                Err(e)
            }
        }
    }

    /// Why the last replica failed to start, while no replica has started since: the
    /// version cannot be served (its app is FAILED).
    pub fn start_failure(&self) -> Option<String> {
        let st = self.state.lock().expect("pool lock");
        if st.replicas.is_empty() { st.start_failure.clone() } else { None }
    }

    /// Serves one call on some replica, starting one when needed.
    pub async fn invoke(self: &Arc<Self>, invocation: Invocation) -> Result<PooledResponse, RuntimeError> {
        let queue_timeout = self.config().queue_timeout;
        self.prune().await;
        let (replica_id, instance, cold_start) = loop {
            match self.acquire()? {
                Slot::Ready(id, instance) => break (id, instance, false),
                Slot::Start(id, woke) => {
                    let instance = self.start_replica(id.clone(), true, woke).await?;
                    break (id, instance, true);
                }
                Slot::Wait(rx) => {
                    if tokio::time::timeout(queue_timeout, rx).await.is_err() {
                        return Err(RuntimeError::Overloaded(format!("no capacity within {queue_timeout:?}")));
                    }
                }
            }
        };
        // The slot is freed when the body ends, when the call fails, and when the caller
        // drops this future before an answer (a client that left, a cancelled call).
        let guard = Release { pool: Arc::downgrade(self), replica_id: replica_id.clone() };
        let response = instance.invoke(invocation).await?;
        let body = Box::pin(GuardedBody { inner: response.body, _guard: guard });
        Ok(PooledResponse { response: InvocationResponse { head: response.head, body }, replica_id, cold_start })
    }

    /// The live replicas.
    pub fn replicas(&self) -> Vec<ReplicaInfo> {
        let st = self.state.lock().expect("pool lock");
        st.replicas
            .iter()
            .map(|r| ReplicaInfo {
                replica_id: r.id.clone(),
                started_at_ms: r.started_at_ms,
                in_flight: r.in_flight,
                ready: r.instance.status() == InstanceStatus::Ready,
                restart_count: r.restart_count,
                usage: r.instance.usage(),
            })
            .collect()
    }

    /// Stops every replica; later calls fail with NotRunning.
    pub async fn shutdown(&self) {
        let replicas = {
            let mut st = self.state.lock().expect("pool lock");
            st.closed = true;
            st.waiters.clear();
            std::mem::take(&mut st.replicas)
        };
        for r in replicas {
            r.instance.stop().await;
        }
    }

    /// Stops idle replicas above `reserved` (and dead ones); never one with calls in
    /// flight, so scaling down drops nothing.
    async fn scale_down(&self) {
        let config = self.config();
        let now = Instant::now();
        let (victims, remaining) = {
            let mut st = self.state.lock().expect("pool lock");
            let mut keep = Vec::new();
            let mut victims = Vec::new();
            let total = st.replicas.len();
            for r in st.replicas.drain(..) {
                let dead = !matches!(r.instance.status(), InstanceStatus::Ready | InstanceStatus::Starting);
                let idle = r.in_flight == 0 && now.duration_since(r.last_used) >= config.idle_timeout;
                let above_reserve = total - victims.len() > config.reserved as usize;
                if r.in_flight == 0 && (dead || (idle && above_reserve)) {
                    victims.push(r);
                } else {
                    keep.push(r);
                }
            }
            st.replicas = keep;
            (victims, st.replicas.len() + st.starting as usize)
        };
        let stopped = victims.len();
        for r in victims {
            r.instance.stop().await;
            self.event(EventKind::ScaledDown, Some(&r.id), format!("idle for {:?}; stopped", config.idle_timeout));
        }
        if stopped > 0 && remaining == 0 {
            self.event(EventKind::ScaledToZero, None, "no replica left; the next call starts one".into());
        }
    }
}

/// Scales idle pools down until the pool is dropped.
async fn reap(pool: Weak<InstancePool>) {
    loop {
        let tick = match pool.upgrade() {
            Some(p) => (p.config().idle_timeout / 4).clamp(Duration::from_millis(50), Duration::from_secs(5)),
            None => return,
        };
        tokio::time::sleep(tick).await;
        match pool.upgrade() {
            Some(p) if !p.state.lock().expect("pool lock").closed => {
                p.scale_down().await;
                p.prewarm().await;
            }
            _ => return,
        }
    }
}

/// Frees the call's slot when its response body is done (or dropped).
struct Release {
    pool: Weak<InstancePool>,
    replica_id: String,
}

impl Drop for Release {
    fn drop(&mut self) {
        if let Some(pool) = self.pool.upgrade() {
            pool.release(&self.replica_id);
        }
    }
}

struct GuardedBody {
    inner: ignite_core::runtime::BodyStream,
    _guard: Release,
}

impl Stream for GuardedBody {
    type Item = Result<Bytes, RuntimeError>;
    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.inner.as_mut().poll_next(cx)
    }
}
