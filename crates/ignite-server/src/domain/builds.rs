//! The compile pipeline behind CompileDraft: a bounded queue of builds, their live logs
//! (StreamCompileLogs) and their persisted logs (GetBuildLog) with a retention window.
//!
//! A compile is a `deploy_id`. CompileDraft marks the draft COMPILING and returns at
//! once; the build waits for one of `concurrency` slots, runs in the runtime's build
//! sandbox under a time limit, and ends the draft DRAFT (artifact stored by hash) or
//! FAILED (with the reason). A newer SaveDraft cancels it (the build's processes are
//! killed). A server that stops mid-compile marks those drafts FAILED at its next start.
//! Servers sharing a store queue compiles instead: a worker claims each under a lease
//! it renews, and one whose worker died is claimed again (a compile is safe to re-run).
//!
//! Architecture invariant: build logs are written to the store once, when the build
//! ends; while it runs they live in memory only, so a build costs no database write
//! per line.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use bytes::Bytes;
use futures::Stream;
use ignite_core::function_id::FunctionId;
use ignite_core::runtime::{BuildLog, BuildRequest, EventKind, RuntimeEvent, now_ms};
use ignite_core::{Code, Error};
use ignite_proto::v1;
use tokio::sync::{Semaphore, broadcast, oneshot};
use tracing::Instrument;

use crate::auth::Caller;
use crate::auth::quotas::Quotas;
use crate::domain::cluster::{self, Cluster};
use crate::domain::convert::{draft_info, function_of};
use crate::domain::records;
use crate::domain::secrets::Secrets;
use crate::engine::Engine;
use crate::store::blobs::{BlobLease, BlobStore};
use crate::store::{BuildLogRow, CompileResult, DraftRow, Store};

/// Builds at once when not configured (a 2-core machine).
pub const DEFAULT_BUILD_CONCURRENCY: usize = 2;
pub const DEFAULT_BUILD_TIMEOUT: Duration = Duration::from_secs(600);
/// Three days.
pub const DEFAULT_LOG_RETENTION: Duration = Duration::from_secs(3 * 24 * 3600);
/// Larger logs keep their first 4 MiB and say so.
const LOG_MAX_BYTES: usize = 4 * 1024 * 1024;
pub const RESTART_REASON: &str = "the server stopped during the compile; compile the draft again";

#[derive(Debug, Clone, Copy)]
pub struct BuildSettings {
    pub concurrency: usize,
    pub timeout: Duration,
    pub log_retention: Duration,
}

impl Default for BuildSettings {
    fn default() -> Self {
        BuildSettings {
            concurrency: DEFAULT_BUILD_CONCURRENCY,
            timeout: DEFAULT_BUILD_TIMEOUT,
            log_retention: DEFAULT_LOG_RETENTION,
        }
    }
}

/// The log of a running build: kept whole for replays, broadcast to live readers.
pub struct LiveLog {
    state: Mutex<LiveState>,
}

struct LiveState {
    chunks: Vec<v1::CompileLogChunk>,
    bytes: usize,
    truncated: bool,
    tx: Option<broadcast::Sender<v1::CompileLogChunk>>,
}

impl LiveLog {
    fn new() -> Arc<LiveLog> {
        let (tx, _) = broadcast::channel(1024);
        Arc::new(LiveLog {
            state: Mutex::new(LiveState { chunks: Vec::new(), bytes: 0, truncated: false, tx: Some(tx) }),
        })
    }

    /// Everything written so far, as one buffer.
    fn contents(&self) -> Vec<u8> {
        let state = self.state.lock().expect("log lock");
        state.chunks.iter().flat_map(|c| c.data.iter().copied()).collect()
    }

    /// Ends the live stream: readers see the end once they drained it.
    fn close(&self) {
        self.state.lock().expect("log lock").tx = None;
    }

    /// The chunks so far (if `from_start`) and a receiver of the next ones, taken
    /// together so that nothing is missed or repeated.
    fn subscribe(&self, from_start: bool) -> LogSource {
        let state = self.state.lock().expect("log lock");
        let past = if from_start { state.chunks.clone() } else { Vec::new() };
        (past, state.tx.as_ref().map(|tx| tx.subscribe()))
    }
}

impl BuildLog for LiveLog {
    fn write(&self, data: &[u8]) {
        let mut state = self.state.lock().expect("log lock");
        if state.truncated {
            return;
        }
        let data = if state.bytes + data.len() > LOG_MAX_BYTES {
            state.truncated = true;
            Bytes::from_static(b"\n(the log passed 4 MiB; the rest was dropped)\n")
        } else {
            Bytes::copy_from_slice(data)
        };
        state.bytes += data.len();
        let chunk = v1::CompileLogChunk { data: data.to_vec(), timestamp_ms: now_ms() };
        state.chunks.push(chunk.clone());
        if let Some(tx) = &state.tx {
            let _ = tx.send(chunk);
        }
    }
}

/// A compile log's chunks so far, and a receiver of the next ones while it runs.
type LogSource = (Vec<v1::CompileLogChunk>, Option<broadcast::Receiver<v1::CompileLogChunk>>);

/// How a compile ended, for callers that wait for it.
pub type CompileOutcome = Result<(), BuildFailure>;

/// Why a build produced no artifact, in the words its log and the draft's error use.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct BuildFailure(pub String);

struct Running {
    deploy_id: String,
    cancel: Option<oneshot::Sender<()>>,
}

/// A compile between its start (recorded) and its end.
struct Compile {
    id: FunctionId,
    draft: DraftRow,
    spec: ignite_core::runtime::CodeSpec,
    log: Arc<LiveLog>,
    /// Its build log as stored at the start.
    row: BuildLogRow,
    cancel: oneshot::Receiver<()>,
    done: oneshot::Sender<CompileOutcome>,
}

pub struct Builds {
    /// Servers sharing the store: compiles are claimed by workers.
    cluster: Arc<Cluster>,
    store: Arc<dyn Store>,
    blobs: BlobStore,
    engine: Arc<Engine>,
    quotas: Arc<Quotas>,
    secrets: Arc<Secrets>,
    pub settings: BuildSettings,
    slots: Arc<Semaphore>,
    live: Mutex<HashMap<String, Arc<LiveLog>>>,
    /// The running compile of each app (by app id).
    running: Mutex<HashMap<String, Running>>,
    /// Held (shared) by every build from its start until its artifact is recorded, and
    /// (exclusively) by the image garbage collector: a layer a build just imported or
    /// reused is never collected before the draft that references it is stored.
    gc_gate: Arc<tokio::sync::RwLock<()>>,
}

impl Builds {
    pub fn new(
        store: Arc<dyn Store>,
        blobs: BlobStore,
        engine: Arc<Engine>,
        quotas: Arc<Quotas>,
        secrets: Arc<Secrets>,
        settings: BuildSettings,
        cluster: Arc<Cluster>,
    ) -> Self {
        Builds {
            cluster,
            store,
            blobs,
            engine,
            quotas,
            secrets,
            slots: Arc::new(Semaphore::new(settings.concurrency.max(1))),
            settings,
            live: Mutex::new(HashMap::new()),
            running: Mutex::new(HashMap::new()),
            gc_gate: Default::default(),
        }
    }

    /// Cancels the running compile of `app` (its draft was replaced).
    pub fn cancel(&self, app: &FunctionId) {
        if let Some(mut running) = self.running.lock().expect("running lock").remove(&app.to_string())
            && let Some(cancel) = running.cancel.take()
        {
            let _ = cancel.send(());
        }
    }

    /// The live log of a running build.
    fn live(&self, deploy_id: &str) -> Option<Arc<LiveLog>> {
        self.live.lock().expect("live lock").get(deploy_id).cloned()
    }

    /// Whether a log is past its retention (GetBuildLog answers `found=false` then,
    /// even before the sweep removed it).
    pub fn expired(&self, row: &BuildLogRow, now: i64) -> bool {
        row.finished_at_ms.is_some_and(|f| f + self.settings.log_retention.as_millis() as i64 <= now)
    }

    /// Starts compiling the draft of `id`; returns the deploy id at once and, for callers
    /// that wait (implicit compiles), a receiver of the outcome.
    pub async fn start_compile(
        self: &Arc<Self>,
        id: &FunctionId,
    ) -> Result<(String, v1::DraftInfo, oneshot::Receiver<CompileOutcome>), Error> {
        let (org, app) = (id.org().to_string(), id.app().to_string());
        let draft = self.store.get_draft(&org, &app).await?.ok_or_else(|| {
            Error::failed_precondition(format!("app \"{id}\" has no draft: save one with SaveDraft first"))
        })?;
        let mut spec = draft.code.spec();
        self.secrets.fill_credentials(&org, &draft.code, &mut spec).await?;
        // The organization's other apps' builds (this app's own is replaced below).
        let others = {
            let running = self.running.lock().expect("running lock");
            let own = id.to_string();
            running.keys().filter(|k| **k != own && k.split('/').next() == Some(org.as_str())).count()
        };
        self.quotas.check_builds(&org, others as u32).await?;
        let deploy_id = uuid::Uuid::new_v4().to_string();
        let started = now_ms();
        let draft = self.store.start_compile(&org, &app, &deploy_id, started).await?;
        let row = BuildLogRow {
            id: deploy_id.clone(),
            org: org.clone(),
            app: app.clone(),
            status: "running".into(),
            log: Vec::new(),
            created_at_ms: started,
            finished_at_ms: None,
        };
        self.store.put_build_log(&row).await?;
        let observer = self.engine.telemetry.observer(&id.to_string(), 0);
        observer.event(RuntimeEvent::now(EventKind::CompileStarted, None, format!("compile {deploy_id} started")));
        let info = draft_info(&draft);
        if self.cluster.shared() {
            // A worker claims it (cluster.rs); the outcome is read from the draft.
            self.cluster.announce_compile().await;
            return Ok((deploy_id.clone(), info, self.outcome_of(id.clone(), deploy_id)));
        }
        let done = self.run_compile(id.clone(), draft, spec, row).await;
        Ok((deploy_id, info, done))
    }

    /// Runs a compile here (started here, or claimed): in the background, with its live
    /// log; the receiver gets its outcome.
    async fn run_compile(
        self: &Arc<Self>,
        id: FunctionId,
        draft: DraftRow,
        spec: ignite_core::runtime::CodeSpec,
        row: BuildLogRow,
    ) -> oneshot::Receiver<CompileOutcome> {
        let log = LiveLog::new();
        let cancel = self.track(&id, &row.id, log.clone());
        let (done, done_rx) = oneshot::channel();
        let gate = self.gc_gate.clone().read_owned().await;
        // Traced from its start (a child of the request that started it) to its end.
        let span = tracing::info_span!(
            "build",
            ignite.app = %id,
            ignite.deploy_id = %row.id,
            ignite.runtime = %draft.runtime_kind,
            ignite.outcome = tracing::field::Empty,
            otel.status_code = tracing::field::Empty,
        );
        let compile = Compile { id, draft, spec, log, row, cancel, done };
        let me = self.clone();
        tokio::spawn(
            async move {
                let _gate = gate;
                me.compile(compile).await;
            }
            .instrument(span),
        );
        done_rx
    }

    /// The outcome of compile `deploy_id` of a worker, read from the draft (every 250 ms).
    fn outcome_of(&self, id: FunctionId, deploy_id: String) -> oneshot::Receiver<CompileOutcome> {
        let (done, done_rx) = oneshot::channel();
        let store = self.store.clone();
        tokio::spawn(async move {
            let outcome = loop {
                tokio::time::sleep(Duration::from_millis(250)).await;
                let draft = match store.get_draft(id.org().as_str(), id.app().as_str()).await {
                    Ok(draft) => draft,
                    Err(e) => break Err(BuildFailure(e.message().to_string())),
                };
                match draft {
                    Some(d) if d.deploy_id.as_deref() == Some(deploy_id.as_str()) => match d.state.status {
                        ignite_core::lifecycle::DraftStatus::Compiling => continue,
                        ignite_core::lifecycle::DraftStatus::Failed => break Err(BuildFailure(d.error)),
                        ignite_core::lifecycle::DraftStatus::Draft => break Ok(()),
                    },
                    _ => break Err(BuildFailure("cancelled: a newer draft was saved".into())),
                }
            };
            let _ = done.send(outcome);
        });
        done_rx
    }

    /// Claims compiles while the server lives (a worker sharing the store), as many as
    /// it has free build slots, and renews the leases of those it runs.
    pub fn spawn_claimer(self: &Arc<Self>) {
        let Some(owner) = self.cluster.owner().map(str::to_string) else { return };
        if !self.cluster.role.runs_engine() {
            return;
        }
        let store = self.store.clone();
        let renewer = owner.clone();
        tokio::spawn(async move {
            loop {
                tokio::time::sleep(cluster::LEASE / 3).await;
                let until = now_ms() + cluster::LEASE.as_millis() as i64;
                if let Err(e) = store.renew_compile_leases(&renewer, until).await {
                    tracing::warn!(error = %e, "renewing compile leases");
                }
            }
        });
        let me = Arc::downgrade(self);
        let wake = self.cluster.compiles.clone();
        tokio::spawn(async move {
            loop {
                let _ = tokio::time::timeout(Duration::from_secs(1), wake.notified()).await;
                let Some(me) = me.upgrade() else { return };
                let free = me.slots.available_permits() as u32;
                if free == 0 {
                    continue;
                }
                let lease = cluster::LEASE.as_millis() as i64;
                let claimed = match me.store.claim_compiles(&owner, now_ms(), lease, free).await {
                    Ok(claimed) => claimed,
                    Err(e) => {
                        tracing::warn!(error = %e, "claiming compiles");
                        continue;
                    }
                };
                for (org, app, draft) in claimed {
                    me.run_claimed(&org, &app, draft).await;
                }
            }
        });
    }

    /// Runs a claimed compile (its credentials are read here again).
    async fn run_claimed(self: &Arc<Self>, org: &str, app: &str, draft: DraftRow) {
        let Some(deploy_id) = draft.deploy_id.clone() else { return };
        let id = match FunctionId::from_parts(org, app) {
            Ok(id) => id,
            Err(e) => return tracing::error!(%org, %app, "a claimed compile of a malformed app: {e}"),
        };
        let row = match self.store.get_build_log(&deploy_id).await {
            Ok(Some(row)) => BuildLogRow { status: "running".into(), log: Vec::new(), finished_at_ms: None, ..row },
            _ => BuildLogRow {
                id: deploy_id.clone(),
                org: org.to_string(),
                app: app.to_string(),
                status: "running".into(),
                log: Vec::new(),
                created_at_ms: now_ms(),
                finished_at_ms: None,
            },
        };
        let mut spec = draft.code.spec();
        if let Err(e) = self.secrets.fill_credentials(org, &draft.code, &mut spec).await {
            let result = CompileResult::Failed { error: e.message().to_string() };
            let owner = self.cluster.owner();
            if let Err(e) = self.store.finish_compile(org, app, &deploy_id, owner, &result).await {
                tracing::error!(%id, %deploy_id, "recording the end of a compile failed: {e}");
            }
            return;
        }
        let _outcome = self.run_compile(id, draft, spec, row).await;
    }

    /// Makes `deploy_id` the app's running compile, with its live log; cancels the one it
    /// replaces. The receiver fires when a newer compile or draft cancels this one.
    fn track(&self, id: &FunctionId, deploy_id: &str, log: Arc<LiveLog>) -> oneshot::Receiver<()> {
        self.live.lock().expect("live lock").insert(deploy_id.to_string(), log);
        let (cancel_tx, cancel_rx) = oneshot::channel();
        let previous = self
            .running
            .lock()
            .expect("running lock")
            .insert(id.to_string(), Running { deploy_id: deploy_id.to_string(), cancel: Some(cancel_tx) });
        if let Some(mut previous) = previous
            && let Some(cancel) = previous.cancel.take()
        {
            let _ = cancel.send(());
        }
        cancel_rx
    }

    /// Runs a started compile to its end: the build (unless cancelled), its outcome
    /// recorded on the draft, its log stored, its events and metrics.
    async fn compile(&self, c: Compile) {
        let Compile { id, draft, spec, log, row, cancel, done } = c;
        let deploy_id = row.id.clone();
        let began = Instant::now();
        let outcome = tokio::select! {
            outcome = self.run_build(&id, &draft, spec, log.clone()) => outcome,
            _ = cancel => Err(BuildFailure("cancelled: a newer draft was saved".to_string())),
        };
        // The artifact's lease lasts until finish_compile has recorded its hash.
        let (outcome, _lease) = match outcome {
            Ok((hash, lease)) => (Ok(hash), Some(lease)),
            Err(e) => (Err(e), None),
        };
        self.engine.calls.metrics.build(&draft.runtime_kind.to_string(), outcome.is_ok(), began.elapsed());
        let (status, message) = match &outcome {
            Ok(_) => ("succeeded", format!("compile succeeded in {:.1} s\n", began.elapsed().as_secs_f64())),
            Err(e) => ("failed", format!("compile failed after {:.1} s: {e}\n", began.elapsed().as_secs_f64())),
        };
        log.write(message.as_bytes());
        let span = tracing::Span::current();
        span.record("ignite.outcome", status);
        if outcome.is_err() {
            span.record("otel.status_code", "error");
        }
        let result = match &outcome {
            Ok(hash) => CompileResult::Built { artifact_hash: hash.clone() },
            Err(e) => CompileResult::Failed { error: e.to_string() },
        };
        let (org, app, owner) = (id.org().as_str(), id.app().as_str(), self.cluster.owner());
        if let Err(e) = self.store.finish_compile(org, app, &deploy_id, owner, &result).await {
            tracing::error!(%id, %deploy_id, "recording the end of a compile failed: {e}");
        }
        let row = BuildLogRow { status: status.into(), log: log.contents(), finished_at_ms: Some(now_ms()), ..row };
        if let Err(e) = self.store.put_build_log(&row).await {
            tracing::error!(%id, %deploy_id, "storing a build log failed: {e}");
        }
        let (kind, text) = match &outcome {
            Ok(_) => (EventKind::CompileSucceeded, format!("compile {deploy_id} succeeded")),
            Err(e) => (EventKind::CompileFailed, format!("compile {deploy_id} failed: {}", first_line(&e.0))),
        };
        self.engine.telemetry.observer(&id.to_string(), 0).event(RuntimeEvent::now(kind, None, text));
        log.close();
        self.live.lock().expect("live lock").remove(&deploy_id);
        {
            let mut running = self.running.lock().expect("running lock");
            if running.get(&id.to_string()).is_some_and(|r| r.deploy_id == deploy_id) {
                running.remove(&id.to_string());
            }
        }
        let _ = done.send(outcome.map(|_| ()));
    }

    /// Waits for a slot, then builds; the artifact is stored and its hash returned
    /// with the blob's lease.
    async fn run_build(
        &self,
        id: &FunctionId,
        draft: &DraftRow,
        spec: ignite_core::runtime::CodeSpec,
        log: Arc<LiveLog>,
    ) -> Result<(String, BlobLease), BuildFailure> {
        let failed = |message: String| BuildFailure(message);
        if self.slots.available_permits() == 0 {
            log.write(b"waiting for a build slot\n");
        }
        let _slot = self.slots.clone().acquire_owned().await.map_err(|e| failed(e.to_string()))?;
        let source = self
            .blobs
            .read(&draft.code_hash)
            .await
            .map_err(|e| failed(format!("the draft's code is missing: {}", e.message())))?;
        let request = BuildRequest {
            function: id.clone(),
            spec,
            source: source.into(),
            timeout: self.settings.timeout,
            log: log.clone(),
        };
        let artifact = self.engine.build(draft.runtime_kind, request).await.map_err(|e| match e {
            ignite_core::runtime::RuntimeError::BuildFailed(m) => failed(m),
            other => failed(other.to_string()),
        })?;
        self.blobs
            .put_leased(artifact.bytes)
            .await
            .map_err(|e| failed(format!("storing the artifact: {}", e.message())))
    }

    /// Builds the draft of `id` if it must be and is not yet (implicit compiles of Go and
    /// Deno at TestDraft / PublishDraft), waiting for the outcome.
    pub async fn compile_if_needed(
        self: &Arc<Self>,
        id: &FunctionId,
        action: ignite_core::lifecycle::Action,
    ) -> Result<(), Error> {
        use ignite_core::lifecycle::Effect;
        let lifecycle = self.store.lifecycle(id.org().as_str(), id.app().as_str()).await?;
        let compile_first = match lifecycle.check(action)? {
            Effect::RunDraft { compile_first } | Effect::Published { compile_first, .. } => compile_first,
            _ => false,
        };
        if !compile_first {
            return Ok(());
        }
        let (deploy_id, _, done) = self.start_compile(id).await?;
        match done.await {
            Ok(Ok(())) => Ok(()),
            Ok(Err(message)) => Err(Error::new(
                Code::FailedPrecondition,
                format!("the draft failed to compile (deploy {deploy_id}): {message}"),
            )),
            Err(_) => Err(Error::internal("the compile ended without an outcome")),
        }
    }

    pub async fn compile_draft(
        self: &Arc<Self>,
        caller: &Caller,
        req: v1::CompileDraftRequest,
    ) -> Result<v1::CompileDraftResponse, Error> {
        let id = function_of(caller, &req.organization_name, &req.app_name, "app_name")?;
        records::app(self.store.as_ref(), &id).await?;
        let (deploy_id, draft, _) = self.start_compile(&id).await?;
        Ok(v1::CompileDraftResponse { draft: Some(draft), deploy_id })
    }

    pub async fn get_build_log(
        &self,
        caller: &Caller,
        req: v1::GetBuildLogRequest,
    ) -> Result<v1::GetBuildLogResponse, Error> {
        let id = function_of(caller, &req.organization_name, &req.app_name, "app_name")?;
        records::app(self.store.as_ref(), &id).await?;
        if req.build_id.is_empty() {
            return Err(Error::invalid_argument("build_id", "is required (a build_id or a deploy_id)"));
        }
        // The build's row first (it exists from the build's start): a build of another
        // app or organization is not found, live or not.
        let row = self.store.get_build_log(&req.build_id).await?;
        Ok(match row {
            Some(row)
                if row.org == id.org().as_str() && row.app == id.app().as_str() && !self.expired(&row, now_ms()) =>
            {
                let log = self.live(&req.build_id).map(|live| live.contents()).unwrap_or(row.log);
                v1::GetBuildLogResponse { log, found: true }
            }
            _ => v1::GetBuildLogResponse { log: Default::default(), found: false },
        })
    }

    /// The compile log of `deploy_id`: live while the build runs (ending with it), or
    /// the stored log of a finished one.
    pub async fn stream_compile_logs(
        &self,
        caller: &Caller,
        req: v1::StreamCompileLogsRequest,
    ) -> Result<impl Stream<Item = Result<v1::CompileLogChunk, Error>> + Send + 'static, Error> {
        if req.deploy_id.is_empty() {
            return Err(Error::invalid_argument("deploy_id", "is required"));
        }
        let row = self.store.get_build_log(&req.deploy_id).await?;
        match row {
            Some(row) if caller.authorize(&row.org).is_ok() && !self.expired(&row, now_ms()) => {}
            _ => return Err(Error::not_found("compile", &req.deploy_id).with_field("deploy_id")),
        }
        let (past, rx) = self.log_source(&req.deploy_id, req.from_start).await?;
        let live = futures::stream::unfold(rx, |rx| async move {
            let mut rx = rx?;
            loop {
                match rx.recv().await {
                    Ok(chunk) => return Some((Ok(chunk), Some(rx))),
                    Err(broadcast::error::RecvError::Lagged(_)) => continue,
                    Err(broadcast::error::RecvError::Closed) => return None,
                }
            }
        });
        Ok(futures::StreamExt::chain(futures::stream::iter(past.into_iter().map(Ok)), live))
    }

    /// Where the log of `deploy_id` is read: its live log when it runs here, else the
    /// stored one. With a shared store a compile queued for a worker, or running on
    /// another server, is waited for (read every 250 ms) until it runs here or ends.
    async fn log_source(&self, deploy_id: &str, from_start: bool) -> Result<LogSource, Error> {
        loop {
            if let Some(live) = self.live(deploy_id) {
                return Ok(live.subscribe(from_start));
            }
            // Read again: the build may have ended since the caller's read, and its log
            // is stored before it stops being live.
            match self.store.get_build_log(deploy_id).await? {
                Some(row) if row.status == "running" && self.cluster.shared() => {
                    tokio::time::sleep(Duration::from_millis(250)).await;
                }
                Some(row) if from_start && !row.log.is_empty() => {
                    let at = row.finished_at_ms.unwrap_or(row.created_at_ms);
                    return Ok((vec![v1::CompileLogChunk { data: row.log, timestamp_ms: at }], None));
                }
                _ => return Ok((Vec::new(), None)),
            }
        }
    }

    /// Removes the image blobs and root filesystems no stored draft or version uses, in
    /// the background, once no build runs.
    pub fn collect_image_garbage(self: &Arc<Self>) {
        let me = Arc::downgrade(self);
        tokio::spawn(async move {
            loop {
                let Some(builds) = me.upgrade() else { return };
                let gate = builds.gc_gate.clone();
                if let Ok(_exclusive) = gate.try_write() {
                    match builds.image_garbage().await {
                        Ok((0, 0)) => {}
                        Ok((blobs, roots)) => tracing::info!(blobs, roots, "unused image data removed"),
                        Err(e) => tracing::warn!("collecting unused image data: {e}"),
                    }
                    return;
                }
                drop(builds);
                tokio::time::sleep(Duration::from_secs(2)).await;
            }
        });
    }

    async fn image_garbage(&self) -> Result<(usize, usize), Error> {
        let mut artifacts = Vec::new();
        for hash in self.store.image_artifacts().await? {
            artifacts.push(Bytes::from(self.blobs.read(&hash).await?));
        }
        self.engine.collect_image_garbage(artifacts).await.map_err(Error::from)
    }
}

fn first_line(text: &str) -> &str {
    text.lines().find(|l| !l.trim().is_empty() && !l.ends_with("failed:")).unwrap_or(text)
}
