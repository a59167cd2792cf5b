//! Scale-out: this server's place among the servers that share a PostgreSQL store
//! (docs/scale-out.md). With SQLite a server is alone and none of this runs.
//!
//! - **Membership**: every server beats its heart into the `nodes` table; one silent
//!   for [`LIVENESS`] is dead. Workers are the live nodes that run the engine.
//! - **Recovery**: what a dead node held is failed (jobs, executions that are not
//!   queued: handlers need not be idempotent) or claimed again once its lease lapses
//!   (queued executions: at least once, with the attempt counted; compiles).
//! - **Fan-out**: the store announces committed app changes (publish, rollback,
//!   config, delete) in their transaction; each server drops what it cached of the app.
//!   Log lines and events a worker observes are relayed to every server, so any of them
//!   streams an app's logs.
//! - **Placement**: a synchronous call goes to the worker that rendezvous hashing of
//!   (app, version) picks among the live workers, so warm instances are reused.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use ignite_core::runtime::now_ms;
use ignite_core::{Error, FunctionId};
use sha2::{Digest, Sha256};
use tokio::sync::{Notify, broadcast, mpsc};

use crate::domain::events::{AppChanged, Change, EventBus, Origin};
use crate::domain::routes::RouteCache;
use crate::engine::Engine;
use crate::obs::telemetry::Relayed;
pub use crate::store::NodeRow;
use crate::store::{APP_CHANGES, Notification, Orphans, SECRET_CHANGES, Store};

/// How often a server records that it is alive.
pub const HEARTBEAT_EVERY: Duration = Duration::from_secs(2);
/// A server whose last heartbeat is older is dead: what it held is recovered.
pub const LIVENESS: Duration = Duration::from_secs(10);
/// How long a claim of a queued execution holds without renewal; renewed every third.
pub const LEASE: Duration = Duration::from_secs(10);
/// How often the live servers look for a dead one's work.
const RECOVER_EVERY: Duration = Duration::from_secs(3);
/// How long the list of live workers is reused for placement.
const WORKERS_FRESH: Duration = Duration::from_secs(1);

/// Channels between servers.
const TELEMETRY: &str = "ignite_telemetry";
/// Wakes the workers' claimers when an execution is queued.
const QUEUE: &str = "ignite_queue";
/// Wakes the workers' compile claimers when a compile is queued.
const COMPILES: &str = "ignite_compiles";
/// Carries the id of a cancelled execution to the server running it.
const CANCELS: &str = "ignite_cancels";
/// PostgreSQL's limit on a notification's payload is 8000 bytes.
const PAYLOAD_MAX: usize = 7900;

/// Why a dead server's work failed, by kind (the services' own words for a stop).
#[derive(Debug, Clone, Copy)]
pub struct StopReasons {
    pub executions: &'static str,
    pub jobs: &'static str,
}

/// What a server does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Role {
    /// The API and the engine (one server; the default).
    #[default]
    All,
    /// The API only: calls that run tenant code are forwarded to workers.
    Api,
    /// The engine: runs calls forwarded to it and claims queued executions (its API
    /// serves those forwarded calls).
    Worker,
}

impl Role {
    pub fn label(self) -> &'static str {
        match self {
            Role::All => "all",
            Role::Api => "api",
            Role::Worker => "worker",
        }
    }

    /// Whether this server runs tenants' code.
    pub fn runs_engine(self) -> bool {
        self != Role::Api
    }
}

impl std::str::FromStr for Role {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "all" => Ok(Role::All),
            "api" => Ok(Role::Api),
            "worker" => Ok(Role::Worker),
            _ => Err(format!("{s:?}: a role is all, api or worker")),
        }
    }
}

/// Who this server is among the others.
#[derive(Debug, Clone)]
pub struct NodeSettings {
    pub role: Role,
    /// The machine's name, shown on replicas [default: the host name].
    pub node_name: String,
    /// `host:port` other servers reach this one at (forwarded calls).
    pub address: String,
}

pub struct Cluster {
    store: Arc<dyn Store>,
    pub node: NodeRow,
    pub role: Role,
    /// Whether other servers share the store.
    shared: bool,
    /// Wakes this server's claimer (an execution was queued).
    pub queued: Arc<Notify>,
    /// Wakes this server's compile claimer (a compile was queued).
    pub compiles: Arc<Notify>,
    /// Executions cancelled through any server (ids), for whichever runs them.
    cancels: broadcast::Sender<String>,
    workers: Mutex<Option<(Instant, Vec<NodeRow>)>>,
    /// Workers a forwarded call could not reach, passed over until then.
    suspects: Mutex<HashMap<String, Instant>>,
}

/// A hash of `key` for `node`: the node with the highest weight takes the key, so a
/// key moves only when its node leaves (rendezvous hashing).
fn weight(key: &str, node: &str) -> u64 {
    let digest = Sha256::new().chain_update(key).chain_update([0]).chain_update(node).finalize();
    u64::from_be_bytes(digest[..8].try_into().expect("8 bytes"))
}

/// The instant (ms) a live node has beaten its heart since.
fn live_since() -> i64 {
    now_ms() - LIVENESS.as_millis() as i64
}

/// The node among `nodes` that takes `key`.
pub fn rendezvous<'a>(key: &str, nodes: &'a [NodeRow]) -> Option<&'a NodeRow> {
    nodes.iter().max_by_key(|n| weight(key, &n.id))
}

impl Cluster {
    pub fn new(store: Arc<dyn Store>, settings: NodeSettings) -> Cluster {
        let now = now_ms();
        let shared = store.shared();
        Cluster {
            store,
            node: NodeRow {
                id: format!("{}-{}", settings.node_name, &uuid::Uuid::new_v4().simple().to_string()[..8]),
                role: settings.role.label().into(),
                node_name: settings.node_name,
                address: settings.address,
                started_at_ms: now,
                heartbeat_ms: now,
            },
            role: settings.role,
            shared,
            queued: Arc::new(Notify::new()),
            compiles: Arc::new(Notify::new()),
            cancels: broadcast::channel(256).0,
            workers: Mutex::new(None),
            suspects: Mutex::default(),
        }
    }

    /// Whether other servers share the store: executions are then queued and leased.
    pub fn shared(&self) -> bool {
        self.shared
    }

    /// The owner recorded on work this server runs (in a cluster).
    pub fn owner(&self) -> Option<&str> {
        self.shared.then_some(self.node.id.as_str())
    }

    /// Tells the workers an execution was queued (each then claims at once).
    pub async fn announce_queued(&self) {
        self.queued.notify_one();
        if let Err(e) = self.store.notify(QUEUE, "").await {
            tracing::warn!(error = %e, "announcing a queued execution");
        }
    }

    /// Tells every server execution `id` was cancelled (the one running it stops it).
    pub async fn announce_cancel(&self, id: &str) {
        if let Err(e) = self.store.notify(CANCELS, id).await {
            tracing::warn!(error = %e, "announcing a cancelled execution");
        }
    }

    /// The ids of executions cancelled through other servers; None when the store is
    /// not shared.
    pub fn cancels(&self) -> Option<broadcast::Receiver<String>> {
        self.shared.then(|| self.cancels.subscribe())
    }

    /// Tells the workers a compile was queued.
    pub async fn announce_compile(&self) {
        self.compiles.notify_one();
        if let Err(e) = self.store.notify(COMPILES, "").await {
            tracing::warn!(error = %e, "announcing a queued compile");
        }
    }

    /// The live servers that run the engine.
    pub async fn live_workers(&self) -> Result<Vec<NodeRow>, Error> {
        if let Some((at, workers)) = self.workers.lock().expect("workers lock").as_ref()
            && at.elapsed() < WORKERS_FRESH
        {
            return Ok(workers.clone());
        }
        let workers: Vec<NodeRow> =
            self.store.live_nodes(live_since()).await?.into_iter().filter(|n| n.role != Role::Api.label()).collect();
        *self.workers.lock().expect("workers lock") = Some((Instant::now(), workers.clone()));
        Ok(workers)
    }

    /// The worker that takes `key` (`org/app@version`, an app host, a client):
    /// rendezvous hashing over the live workers not under suspicion; UNAVAILABLE when
    /// there is none.
    pub async fn worker_for_key(&self, key: &str) -> Result<NodeRow, Error> {
        let workers = self.live_workers().await?;
        let suspects: Vec<String> = {
            let mut suspects = self.suspects.lock().expect("suspects lock");
            suspects.retain(|_, until| until.elapsed() < LIVENESS);
            suspects.keys().cloned().collect()
        };
        let healthy: Vec<NodeRow> = workers.iter().filter(|w| !suspects.contains(&w.id)).cloned().collect();
        let pick = if healthy.is_empty() { rendezvous(key, &workers) } else { rendezvous(key, &healthy) };
        pick.cloned()
            .ok_or_else(|| Error::unavailable("no worker is alive to run the call (start ignite-server --role worker)"))
    }

    /// The live node running execution `id` (its streamed input goes there).
    pub async fn worker_running(&self, id: &str) -> Result<NodeRow, Error> {
        let owner = self.store.get_execution(id).await?.and_then(|row| row.owner);
        let Some(owner) = owner else {
            return Err(Error::not_found("execution", id).with_field("execution_id"));
        };
        self.live_node(&owner).await?.ok_or_else(|| {
            Error::unavailable(format!("the server running execution {id} is gone; the execution fails"))
        })
    }

    /// The live node running compile `deploy_id`, if one does (its live log is there).
    pub async fn compiling(&self, deploy_id: &str) -> Result<Option<NodeRow>, Error> {
        let Some(owner) = self.store.compile_owner(deploy_id).await? else { return Ok(None) };
        self.live_node(&owner).await
    }

    /// Node `id`, if it is alive.
    async fn live_node(&self, id: &str) -> Result<Option<NodeRow>, Error> {
        Ok(self.store.live_nodes(live_since()).await?.into_iter().find(|n| n.id == id))
    }

    /// A worker a call could not reach: passed over by placement for a while.
    pub fn suspect(&self, id: &str) {
        self.suspects.lock().expect("suspects lock").insert(id.to_string(), Instant::now());
    }

    /// Leaves the cluster at a clean stop (the others need not wait for the heartbeat
    /// to lapse). What this server still ran is recovered as a dead one's.
    pub async fn leave(&self) {
        if self.shared
            && let Err(e) = self.store.leave(&self.node.id).await
        {
            tracing::warn!(error = %e, "leaving the cluster");
        }
    }

    /// Forgets the cached worker list (a forwarded call found its worker gone).
    pub fn forget_workers(&self) {
        *self.workers.lock().expect("workers lock") = None;
    }

    /// Starts the cluster's background work: heartbeats, recovery of dead servers'
    /// work, the listener of other servers' announcements and the telemetry relay.
    /// Nothing when the store is not shared.
    pub async fn spawn(
        self: &Arc<Self>,
        routes: Arc<RouteCache>,
        engine: Arc<Engine>,
        events: EventBus,
        reasons: StopReasons,
    ) -> Result<(), Error> {
        if !self.shared {
            return Ok(());
        }
        self.store.heartbeat(&self.node).await?;
        self.spawn_heartbeat();
        self.spawn_recovery(reasons);
        let (relay_tx, relay_rx) = mpsc::channel(8192);
        engine.telemetry.relay_to(relay_tx);
        self.spawn_relay(relay_rx);
        let notifications = self
            .store
            .listen(&[APP_CHANGES, TELEMETRY, QUEUE, COMPILES, CANCELS, SECRET_CHANGES])
            .await?
            .ok_or_else(|| Error::internal("a shared store must listen"))?;
        let me = self.clone();
        tokio::spawn(async move { me.apply_notifications(notifications, routes, engine, events).await });
        Ok(())
    }

    fn spawn_heartbeat(self: &Arc<Self>) {
        let me = Arc::downgrade(self);
        tokio::spawn(async move {
            loop {
                tokio::time::sleep(HEARTBEAT_EVERY).await;
                let Some(me) = me.upgrade() else { return };
                let mut node = me.node.clone();
                node.heartbeat_ms = now_ms();
                if let Err(e) = me.store.heartbeat(&node).await {
                    tracing::warn!(error = %e, "heartbeat");
                }
            }
        });
    }

    /// Fails what dead servers held (their queued executions are claimed again by the
    /// claimers instead, once their lease lapses).
    fn spawn_recovery(self: &Arc<Self>, reasons: StopReasons) {
        let me = Arc::downgrade(self);
        tokio::spawn(async move {
            loop {
                tokio::time::sleep(RECOVER_EVERY).await;
                let Some(me) = me.upgrade() else { return };
                let dead = Orphans::DeadSince(live_since());
                let now = now_ms();
                let recovered = async {
                    let executions = me.store.fail_unfinished(reasons.executions, dead, now).await?;
                    let jobs = me.store.fail_running_jobs(reasons.jobs, dead, now).await?;
                    Ok::<_, Error>((executions, jobs))
                };
                match recovered.await {
                    Ok((0, 0)) => {}
                    Ok((executions, jobs)) => tracing::warn!(executions, jobs, "failed what a dead server was running"),
                    Err(e) => tracing::warn!(error = %e, "recovering a dead server's work"),
                }
            }
        });
    }

    /// Sends what this server observes to the others, in batches of at most one
    /// notification's payload (JSON lines).
    fn spawn_relay(self: &Arc<Self>, mut relayed: mpsc::Receiver<Relayed>) {
        let store = self.store.clone();
        let origin = self.node.id.clone();
        tokio::spawn(async move {
            while let Some(first) = relayed.recv().await {
                let mut batch = vec![first];
                while batch.len() < 256 {
                    match relayed.try_recv() {
                        Ok(more) => batch.push(more),
                        Err(_) => break,
                    }
                }
                let mut payload = format!("{origin}\n");
                for item in batch {
                    let Ok(line) = serde_json::to_string(&item) else { continue };
                    if line.len() > PAYLOAD_MAX - origin.len() - 1 {
                        continue; // a line too long for any payload (its tail was cut at 64 KiB)
                    }
                    if payload.len() + line.len() + 1 > PAYLOAD_MAX {
                        let _ = store.notify(TELEMETRY, &payload).await;
                        payload = format!("{origin}\n");
                    }
                    payload.push_str(&line);
                    payload.push('\n');
                }
                if payload.len() > origin.len() + 1
                    && let Err(e) = store.notify(TELEMETRY, &payload).await
                {
                    tracing::warn!(error = %e, "relaying telemetry");
                }
            }
        });
    }

    async fn apply_notifications(
        self: Arc<Self>,
        mut notifications: mpsc::Receiver<Notification>,
        routes: Arc<RouteCache>,
        engine: Arc<Engine>,
        events: EventBus,
    ) {
        let origin_store = self.store.instance().to_string();
        while let Some(n) = notifications.recv().await {
            match n {
                Notification::Reconnected => {
                    // Announcements may have been missed: forget every cached route.
                    routes.clear();
                }
                Notification::Message { channel, .. } if channel == QUEUE => self.queued.notify_one(),
                Notification::Message { channel, .. } if channel == COMPILES => self.compiles.notify_one(),
                Notification::Message { channel, payload } if channel == SECRET_CHANGES => {
                    engine.secret_changed(&payload).await;
                }
                Notification::Message { channel, payload } if channel == CANCELS => {
                    let _ = self.cancels.send(payload);
                }
                Notification::Message { channel, payload } if channel == TELEMETRY => {
                    let mut lines = payload.lines();
                    if lines.next() == Some(self.node.id.as_str()) {
                        continue; // our own
                    }
                    for line in lines {
                        if let Ok(item) = serde_json::from_str::<Relayed>(line) {
                            engine.telemetry.ingest(item);
                        }
                    }
                }
                Notification::Message { payload, .. } => {
                    let Some(changed) = app_change(&payload, &origin_store) else { continue };
                    let app_id = changed.app.to_string();
                    match changed.change {
                        Change::Published | Change::RolledBack => routes.active_changed(&changed.app),
                        Change::Config => routes.config_changed(),
                        Change::Aliases => routes.aliases_changed(&changed.app),
                        Change::Deleted => {
                            routes.app_deleted(&changed.app);
                            engine.retire(&app_id, None).await;
                            engine.telemetry.remove(&app_id);
                        }
                    }
                    events.announce(changed);
                }
            }
        }
    }
}

/// Another store value's announcement of an app change (None: ours, or unreadable).
fn app_change(payload: &str, own_instance: &str) -> Option<AppChanged> {
    let value: serde_json::Value = serde_json::from_str(payload).ok()?;
    if value["origin"].as_str() == Some(own_instance) {
        return None;
    }
    let (org, name) = value["app"].as_str()?.split_once('/')?;
    let app = FunctionId::from_parts(org, name).ok()?;
    let change = match value["change"].as_str()? {
        "published" => Change::Published,
        "rolled_back" => Change::RolledBack,
        "config" => Change::Config,
        "aliases" => Change::Aliases,
        "deleted" => Change::Deleted,
        _ => return None,
    };
    Some(AppChanged { app, change, origin: Origin::Remote })
}

/// The number of claims a worker holds at once, by default.
pub const CLAIMS_DEFAULT: usize = 64;

#[cfg(test)]
mod tests {
    use super::*;

    fn node(id: &str) -> NodeRow {
        NodeRow {
            id: id.into(),
            role: "worker".into(),
            node_name: id.into(),
            address: String::new(),
            started_at_ms: 0,
            heartbeat_ms: 0,
        }
    }

    /// A key stays on its node while other nodes come and go, and keys spread.
    #[test]
    fn rendezvous_moves_only_the_keys_of_a_node_that_left() {
        let three = [node("a"), node("b"), node("c")];
        let two = [node("a"), node("c")];
        let mut counts = HashMap::new();
        for i in 0..300 {
            let key = format!("acme/app{i}@1");
            let before = rendezvous(&key, &three).unwrap().id.clone();
            let after = rendezvous(&key, &two).unwrap().id.clone();
            if before != "b" {
                assert_eq!(before, after, "{key} moved though its node stayed");
            }
            *counts.entry(before).or_insert(0) += 1;
        }
        assert!(counts.values().all(|&n| n > 60), "keys spread over the nodes: {counts:?}");
    }
}
