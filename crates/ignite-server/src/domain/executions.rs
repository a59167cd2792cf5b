//! Durable executions: InvokeAsync, TestDraft and TestAppVersion create a record that
//! GetExecution reads and WatchExecution follows; StreamExecutionInput feeds input to
//! an execution started with `streamed_input`.
//!
//! An execution accepted before a crash is not lost:
//! - one server alone (SQLite) runs its executions itself; at startup every PENDING or
//!   RUNNING record is marked FAILED with the reason (it is not re-run, because
//!   handlers need not be idempotent);
//! - servers sharing a store queue InvokeAsync and TestAppVersion executions: any
//!   worker claims one under a lease it renews, and one whose worker died is claimed
//!   again once the lease lapses (at least once; the attempt is on the record). Only
//!   the holder of the current attempt records a result. Job steps are queued too (the
//!   job waits for each). Executions that cannot move (streamed input, draft tests) run
//!   where they were accepted and fail if that server dies (cluster.rs).
//!
//! An InvokeAsync execution whose attempt fails is run again as the app's retry policy
//! says (after a backoff; a queued one is claimed again then), and one that failed for
//! good is a dead letter: it keeps its request, so RedriveExecution can run it again.
//! CancelExecution ends an execution CANCELLED in the store first (no result can be
//! recorded after that), then stops its guest wherever it runs.

use std::collections::HashMap;
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use bytes::Bytes;
use futures::{Stream, StreamExt};
use ignite_core::app::{Execution, ExecutionAttempt, ExecutionKind, ExecutionStatus, Failure};
use ignite_core::lifecycle::{Action, Effect};
use ignite_core::runtime::{Body, CancellationToken, ExecutionContext, Invocation, RequestHead, RuntimeError, now_ms};
use ignite_core::{Error, FunctionId};
use ignite_proto::v1;
use tokio::sync::{mpsc, watch};

use crate::auth::Caller;
use crate::domain::builds::Builds;
use crate::domain::callbacks::Callbacks;
use crate::domain::cluster::{self, Cluster};
use crate::domain::convert::{
    decode_execution_cursor, encode_execution_cursor, enum_value, function_of, page_limit, request_head, run_settings,
    status_of,
};
use crate::domain::invoke::{Invoke, new_context};
use crate::domain::records;
use crate::domain::retention::{Retention, Storage};
use crate::domain::routes::{Deployed, RouteCache};
use crate::engine::Target;
use crate::store::blobs::{BlobLease, BlobStore};
use crate::store::{ExecutionFilter, ExecutionRow, ScheduleRow, Store, StoredRequest};

/// Outputs up to this size are stored in the record; larger ones as a blob.
pub const INLINE_OUTPUT: usize = 1 << 20;
pub const RESTART_REASON: &str = "the server stopped while the execution was pending or running; it was not re-run (handlers need not be idempotent)";

pub type Updates = Pin<Box<dyn Stream<Item = Result<v1::WatchExecutionResponse, Error>> + Send>>;

struct Input {
    org: String,
    tx: mpsc::Sender<Result<Bytes, RuntimeError>>,
    received: Arc<AtomicU64>,
}

/// Live state of running executions.
#[derive(Default)]
struct ExecutionHub {
    watchers: Mutex<HashMap<String, watch::Sender<Execution>>>,
    inputs: Mutex<HashMap<String, Input>>,
    /// The executions running here (or waiting here for their next attempt): the token
    /// that stops each.
    running: Mutex<HashMap<String, CancellationToken>>,
}

impl ExecutionHub {
    fn publish(&self, e: &Execution) {
        let mut watchers = self.watchers.lock().expect("hub lock");
        if let Some(tx) = watchers.get(&e.id) {
            tx.send_replace(e.clone());
        }
        if e.status.is_terminal() {
            watchers.remove(&e.id);
        }
    }

    fn subscribe(&self, id: &str) -> Option<watch::Receiver<Execution>> {
        self.watchers.lock().expect("hub lock").get(id).map(|tx| tx.subscribe())
    }

    /// Registers an execution that starts running here; its token stops it.
    fn track(&self, id: &str) -> CancellationToken {
        self.running.lock().expect("hub lock").entry(id.to_string()).or_default().clone()
    }

    fn untrack(&self, id: &str) {
        self.running.lock().expect("hub lock").remove(id);
        self.inputs.lock().expect("hub lock").remove(id);
    }

    /// Stops execution `id` if it runs here, and shows watchers its cancelled record.
    fn cancel(&self, cancelled: &Execution) {
        // Watchers see the end before the runner, stopped, drops their channel.
        self.publish(cancelled);
        if let Some(token) = self.running.lock().expect("hub lock").get(&cancelled.id) {
            token.cancel();
        }
        self.inputs.lock().expect("hub lock").remove(&cancelled.id);
    }

    fn runs(&self, id: &str) -> bool {
        self.running.lock().expect("hub lock").contains_key(id)
    }
}

/// Why a handler's answer of `status` (500 or more) failed, in words: with the
/// `error` of a JSON body (what the Python runtime answers for an exception).
fn handler_error(status: u32, output: &[u8]) -> String {
    let detail = serde_json::from_slice::<serde_json::Value>(output)
        .ok()
        .and_then(|v| v.get("error").and_then(|e| e.as_str()).map(str::to_string));
    match detail {
        Some(detail) => format!("the handler answered {status}: {detail}"),
        None => format!("the handler answered {status}"),
    }
}

/// What the caller of an async execution asked of its delivery.
#[derive(Debug, Clone, Default)]
struct Delivery {
    /// One execution per (organization, app, key).
    idempotency_key: Option<String>,
    /// Where the ended execution is posted.
    callback_url: Option<String>,
}

/// The request header naming the schedule of a scheduled execution.
pub const SCHEDULE_HEADER: &str = "x-ignite-schedule";

/// Makes `row` a queued execution carrying its request: not started yet, by no one (a
/// claim starts its attempt).
fn queue(row: &mut ExecutionRow, head: RequestHead, body: Vec<u8>) {
    (row.owner, row.queued) = (None, true);
    row.request = Some(StoredRequest { head, body });
}

/// Why a cancelled execution ended.
pub const CANCEL_REASON: &str = "cancelled by CancelExecution";
/// How long CancelExecution waits for the guest of an execution running on this server
/// to be stopped before it answers.
const CANCEL_GRACE: Duration = Duration::from_secs(5);

/// Durable executions: records in the store, live state in the hub.
pub struct Executions {
    store: Arc<dyn Store>,
    blobs: BlobStore,
    invoke: Arc<Invoke>,
    routes: Arc<RouteCache>,
    builds: Arc<Builds>,
    hub: ExecutionHub,
    /// How long executions of persistent apps are kept.
    persistent_retention: Duration,
    /// Largest output a durable execution keeps (larger fails RESOURCE_EXHAUSTED).
    max_output_bytes: usize,
    cluster: Arc<Cluster>,
    /// Deletes the outputs of purged dead letters.
    retention: Arc<Retention>,
    /// Posts ended executions to their callback URLs.
    callbacks: Arc<Callbacks>,
}

/// How long executions are kept, and how large an output they keep.
#[derive(Debug, Clone, Copy)]
pub struct ExecutionLimits {
    /// How long executions of persistent apps are kept.
    pub persistent_retention: Duration,
    /// Largest output a durable execution keeps (larger fails RESOURCE_EXHAUSTED).
    pub max_output_bytes: usize,
}

/// The longest idempotency key.
const MAX_IDEMPOTENCY_KEY: usize = 255;

/// Queued executions a worker runs at once.
const CLAIMS: usize = 64;

impl Executions {
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        store: Arc<dyn Store>,
        blobs: BlobStore,
        invoke: Arc<Invoke>,
        routes: Arc<RouteCache>,
        builds: Arc<Builds>,
        limits: ExecutionLimits,
        cluster: Arc<Cluster>,
        retention: Arc<Retention>,
        callbacks: Arc<Callbacks>,
    ) -> Self {
        let ExecutionLimits { persistent_retention, max_output_bytes } = limits;
        Executions {
            store,
            blobs,
            invoke,
            routes,
            builds,
            hub: ExecutionHub::default(),
            persistent_retention,
            max_output_bytes,
            cluster,
            retention,
            callbacks,
        }
    }

    async fn version_target(&self, id: &FunctionId, version: u32) -> Result<Arc<Deployed>, Error> {
        self.routes.version(id, version).await
    }

    /// The version an async call of `id` runs: `version`, or the active one when 0.
    async fn version_to_run(&self, id: &FunctionId, version: u32) -> Result<Arc<Deployed>, Error> {
        let lifecycle = self.store.lifecycle(id.org().as_str(), id.app().as_str()).await?;
        match lifecycle.check(Action::Invoke { version: Some(version) })? {
            Effect::RunVersion { version } => self.version_target(id, version).await,
            other => Err(Error::internal(format!("invoke produced {other:?}"))),
        }
    }

    /// Records a PENDING execution and runs it in the background.
    async fn start_execution(
        self: &Arc<Self>,
        target: Arc<Deployed>,
        kind: ExecutionKind,
        http: Option<&v1::HttpContext>,
        body: Body,
        awaiting_input: bool,
        delivery: Delivery,
    ) -> Result<String, Error> {
        let body = match body {
            // Servers share the store: any worker may run it.
            Body::Full(bytes) if self.cluster.shared() && kind != ExecutionKind::TestDraft => {
                return self.queue_execution(&target, kind, http, bytes, delivery).await;
            }
            body => body,
        };
        let (row, invocation) = self.new_execution(&target, kind, http, body, awaiting_input, delivery).await?;
        let id = row.execution.id.clone();
        let me = self.clone();
        tokio::spawn(async move { me.run_execution(&target, row, invocation).await });
        Ok(id)
    }

    /// Records a PENDING execution with its request, for a worker to claim.
    async fn queue_execution(
        &self,
        deployed: &Deployed,
        kind: ExecutionKind,
        http: Option<&v1::HttpContext>,
        body: Bytes,
        delivery: Delivery,
    ) -> Result<String, Error> {
        let (mut row, ctx, head) = self.pending(deployed, kind, http, false, delivery)?;
        queue(&mut row, head, body.to_vec());
        self.store.create_execution(&row).await?;
        self.cluster.announce_queued().await;
        Ok(ctx.execution_id)
    }

    /// The record of a new PENDING execution run here (attempt 1), its context, and
    /// the request head carrying that context.
    fn pending(
        &self,
        deployed: &Deployed,
        kind: ExecutionKind,
        http: Option<&v1::HttpContext>,
        awaiting_input: bool,
        delivery: Delivery,
    ) -> Result<(ExecutionRow, ExecutionContext, RequestHead), Error> {
        let target = &deployed.target;
        let mut head = request_head(http)?;
        let ctx = new_context(target);
        head.inject_context(&ctx);
        let row = ExecutionRow {
            org: target.function.org().to_string(),
            execution: Execution {
                id: ctx.execution_id.clone(),
                app_id: target.function.to_string(),
                version: target.version,
                status: ExecutionStatus::Pending,
                created_at_ms: now_ms(),
                kind,
                awaiting_input,
                attempt: 1,
                callback_url: delivery.callback_url,
                ..Default::default()
            },
            retention_ms: deployed.storage.retention(self.persistent_retention).as_millis() as i64,
            owner: self.cluster.owner().map(str::to_string),
            queued: false,
            request: None,
            idempotency_key: delivery.idempotency_key,
        };
        Ok((row, ctx, head))
    }

    /// Fires the tick `schedule.next_run_ms` of an app's schedule: an execution of the
    /// active version with the schedule's payload, recorded with the schedule's move to
    /// `next_ms` in one transaction (once per tick, whichever server fires it), then run
    /// here or queued. False when nothing ran: another server fired the tick, or the app
    /// has no version to run (the tick passes).
    pub async fn fire_schedule(self: &Arc<Self>, schedule: &ScheduleRow, next_ms: i64) -> Result<bool, Error> {
        let id = FunctionId::from_parts(&schedule.org, &schedule.app)
            .map_err(|e| Error::internal(format!("schedule of {}/{}: {e}", schedule.org, schedule.app)))?;
        let target = match self.version_to_run(&id, 0).await {
            Ok(target) => target,
            Err(e) if matches!(e.code(), ignite_core::Code::FailedPrecondition | ignite_core::Code::NotFound) => {
                self.store.move_schedule(schedule, next_ms).await?;
                return Ok(false);
            }
            Err(e) => return Err(e),
        };
        let http = v1::HttpContext {
            method: "POST".into(),
            path: "/".into(),
            query: String::new(),
            headers: [(SCHEDULE_HEADER.to_string(), schedule.name.clone())].into(),
        };
        let (mut row, ctx, head) =
            self.pending(&target, ExecutionKind::Schedule, Some(&http), false, Delivery::default())?;
        row.execution.schedule = schedule.name.clone();
        row.execution.scheduled_at_ms = schedule.next_run_ms;
        let shared = self.cluster.shared();
        if shared {
            queue(&mut row, head.clone(), schedule.payload.clone());
        } else {
            row.request = Some(StoredRequest { head: head.clone(), body: schedule.payload.clone() });
        }
        if !self.store.fire_schedule(schedule, next_ms, &row).await? {
            return Ok(false);
        }
        if shared {
            self.cluster.announce_queued().await;
            return Ok(true);
        }
        self.hub
            .watchers
            .lock()
            .expect("hub lock")
            .insert(row.execution.id.clone(), watch::channel(row.execution.clone()).0);
        let body = Body::Full(Bytes::from(schedule.payload.clone()));
        let invocation = Invocation { ctx, head, body, port: None, cancel: Default::default() };
        let me = self.clone();
        tokio::spawn(async move { me.run_execution(&target, row, invocation).await });
        Ok(true)
    }

    /// Claims queued executions while the server lives (a worker sharing the store),
    /// and renews the leases of those it runs.
    pub fn spawn_claimer(self: &Arc<Self>) {
        let Some(owner) = self.cluster.owner().map(str::to_string) else { return };
        if !self.cluster.role.runs_engine() {
            return;
        }
        let me = Arc::downgrade(self);
        let renewer = owner.clone();
        let store = self.store.clone();
        tokio::spawn(async move {
            loop {
                tokio::time::sleep(cluster::LEASE / 3).await;
                let until = now_ms() + cluster::LEASE.as_millis() as i64;
                if let Err(e) = store.renew_leases(&renewer, until).await {
                    tracing::warn!(error = %e, "renewing execution leases");
                }
            }
        });
        let queued = self.cluster.queued.clone();
        let slots = Arc::new(tokio::sync::Semaphore::new(CLAIMS));
        tokio::spawn(async move {
            loop {
                // Woken by a queued execution (here or announced by another server), or
                // every half second for leases that lapsed.
                let _ = tokio::time::timeout(Duration::from_millis(500), queued.notified()).await;
                loop {
                    let Some(me) = me.upgrade() else { return };
                    let free = slots.available_permits();
                    if free == 0 {
                        break;
                    }
                    let lease = cluster::LEASE.as_millis() as i64;
                    let claimed = match me.store.claim_executions(&owner, now_ms(), lease, free as u32).await {
                        Ok(claimed) => claimed,
                        Err(e) => {
                            tracing::warn!(error = %e, "claiming executions");
                            break;
                        }
                    };
                    if claimed.is_empty() {
                        break;
                    }
                    for row in claimed {
                        let Ok(permit) = slots.clone().try_acquire_owned() else { break };
                        let me = me.clone();
                        tokio::spawn(async move {
                            me.run_claimed(row).await;
                            drop(permit);
                            // A slot is free: claim what waits.
                            me.cluster.queued.notify_one();
                        });
                    }
                }
            }
        });
    }

    /// Runs a claimed execution to its end (or records why it cannot run).
    async fn run_claimed(&self, mut row: ExecutionRow) {
        let request =
            row.request.clone().unwrap_or_else(|| StoredRequest { head: Default::default(), body: Vec::new() });
        // Attempts whose worker died holding them left no record of their own.
        let e = &mut row.execution;
        while (e.attempts.len() as u32) + 1 < e.attempt {
            let attempt = e.attempts.len() as u32 + 1;
            e.attempts.push(ExecutionAttempt {
                attempt,
                status: ExecutionStatus::Failed,
                error: "the server running it stopped".into(),
                ..Default::default()
            });
        }
        let e = &row.execution;
        let deployed = match ignite_core::FunctionId::parse(&e.app_id) {
            Ok(id) => self.version_target(&id, e.version).await,
            Err(err) => Err(Error::internal(format!("queued execution of {:?}: {err}", e.app_id))),
        };
        self.hub.watchers.lock().expect("hub lock").insert(e.id.clone(), watch::channel(e.clone()).0);
        let deployed = match deployed {
            Ok(deployed) => deployed,
            Err(err) => {
                let _ = self.finish(&mut row, Err(err)).await;
                self.save(&row).await;
                return;
            }
        };
        let target = &deployed.target;
        let ctx = ExecutionContext {
            execution_id: e.id.clone(),
            function: target.function.clone(),
            organization_id: target.function.org().to_string(),
            version: target.version,
            traceparent: String::new(),
        };
        let invocation = Invocation {
            ctx,
            head: request.head,
            body: Body::Full(Bytes::from(request.body)),
            port: None,
            cancel: Default::default(),
        };
        self.run_execution(&deployed, row, invocation).await;
    }

    /// Records a PENDING execution of `version` of `id` and runs it to its end (a step
    /// of a job).
    /// `tap` receives the response body as it streams.
    pub async fn execute_version(
        self: &Arc<Self>,
        id: &FunctionId,
        version: u32,
        kind: ExecutionKind,
        body: Bytes,
        tap: Option<mpsc::Sender<Bytes>>,
    ) -> Result<ExecutionRow, Error> {
        let target = self.version_target(id, version).await?;
        if self.cluster.shared() {
            // Queued like any execution: a worker runs it (again, if its worker dies). The
            // tap then gets the output when it ends.
            let execution_id = self.queue_execution(&target, kind, None, body, Delivery::default()).await?;
            let row = self.ended(&execution_id).await?;
            if let Some(tap) = tap {
                let _ = tap.send(Bytes::from(self.execution_output(&row.execution).await?)).await;
            }
            return Ok(row);
        }
        let (row, invocation) =
            self.new_execution(&target, kind, None, Body::Full(body), false, Delivery::default()).await?;
        Ok(self.run_execution_tapped(&target, row, invocation, tap).await)
    }

    /// The record of execution `id` once it ended (read every 100 ms).
    async fn ended(&self, id: &str) -> Result<ExecutionRow, Error> {
        loop {
            match self.store.get_execution(id).await? {
                Some(row) if row.execution.status.is_terminal() => return Ok(row),
                Some(_) => tokio::time::sleep(Duration::from_millis(100)).await,
                None => return Err(Error::not_found("execution", id)),
            }
        }
    }

    /// The output of a finished execution (inline or from its blob).
    pub async fn execution_output(&self, e: &Execution) -> Result<Vec<u8>, Error> {
        if e.output_ref.is_empty() {
            return Ok(e.output.clone());
        }
        self.blobs
            .read(&e.output_ref)
            .await
            .map_err(|err| Error::internal(format!("the output is missing: {}", err.message())))
    }

    async fn new_execution(
        &self,
        deployed: &Deployed,
        kind: ExecutionKind,
        http: Option<&v1::HttpContext>,
        body: Body,
        awaiting_input: bool,
        delivery: Delivery,
    ) -> Result<(ExecutionRow, Invocation), Error> {
        let (mut row, ctx, head) = self.pending(deployed, kind, http, awaiting_input, delivery)?;
        if let (true, Body::Full(bytes)) = (kind.is_async(), &body) {
            // Kept for a retry or a redrive.
            row.request = Some(StoredRequest { head: head.clone(), body: bytes.to_vec() });
        }
        self.store.create_execution(&row).await?;
        self.hub
            .watchers
            .lock()
            .expect("hub lock")
            .insert(ctx.execution_id.clone(), watch::channel(row.execution.clone()).0);
        Ok((row, Invocation { ctx, head, body, port: None, cancel: Default::default() }))
    }

    async fn run_execution(&self, deployed: &Deployed, row: ExecutionRow, invocation: Invocation) -> ExecutionRow {
        self.run_execution_tapped(deployed, row, invocation, None).await
    }

    /// Runs an execution's attempts here until one is recorded as its end, it is
    /// cancelled, or (queued) its next attempt is left for a claim.
    async fn run_execution_tapped(
        &self,
        deployed: &Deployed,
        mut row: ExecutionRow,
        mut invocation: Invocation,
        tap: Option<mpsc::Sender<Bytes>>,
    ) -> ExecutionRow {
        let id = row.execution.id.clone();
        let cancel = self.hub.track(&id);
        loop {
            // What a next attempt sends again (a streamed body cannot be).
            let again = match &invocation.body {
                Body::Full(bytes) if row.execution.kind.is_async() => {
                    Some((invocation.ctx.clone(), invocation.head.clone(), bytes.clone()))
                }
                _ => None,
            };
            invocation.cancel = cancel.clone();
            row.execution.status = ExecutionStatus::Running;
            row.execution.started_at_ms = now_ms();
            row.execution.next_attempt_at_ms = 0;
            self.save(&row).await;
            let mut outcome = tokio::select! {
                outcome = self.invoke.admit_and_invoke(&deployed.target, invocation) => outcome,
                // Waiting for input or for room in the pool: it never starts.
                _ = cancel.cancelled() => Err(Error::new(ignite_core::Code::Cancelled, CANCEL_REASON)),
            };
            if let (Some(tap), Ok(pooled)) = (tap.clone(), outcome.as_mut()) {
                let body = std::mem::replace(&mut pooled.response.body, Box::pin(futures::stream::empty()));
                pooled.response.body = Box::pin(body.then(move |chunk| {
                    let tap = tap.clone();
                    async move {
                        if let Ok(c) = &chunk {
                            let _ = tap.send(c.clone()).await;
                        }
                        chunk
                    }
                }));
            }
            // A large output's blob lease lasts until the record naming it is saved.
            let (_lease, failure) = self.finish(&mut row, outcome).await;
            if cancel.is_cancelled() {
                // CancelExecution recorded the end and showed it to watchers.
                self.hub.untrack(&id);
                self.hub.watchers.lock().expect("hub lock").remove(&id);
                row.execution.status = ExecutionStatus::Cancelled;
                return row;
            }
            let retry = match (failure, &again) {
                (Some(failure), Some(_)) => self.retry_delay(&row, failure).await,
                _ => None,
            };
            let Some(delay) = retry else {
                let failed = matches!(row.execution.status, ExecutionStatus::Failed | ExecutionStatus::Timeout);
                if failed && row.execution.kind.is_async() {
                    row.execution.dead_letter = true;
                }
                self.save(&row).await;
                self.hub.untrack(&id);
                return row;
            };
            let next = row.execution.retried(now_ms() + delay.as_millis() as i64);
            match self.store.retry_execution(&row, &next).await {
                Ok(true) => {}
                Ok(false) => {
                    // Cancelled meanwhile, or no longer this server's attempt.
                    self.hub.untrack(&id);
                    self.hub.watchers.lock().expect("hub lock").remove(&id);
                    return row;
                }
                Err(e) => {
                    tracing::error!(execution = %id, error = %e, "could not retry an execution");
                    self.save(&row).await;
                    self.hub.untrack(&id);
                    return row;
                }
            }
            row.execution = next;
            self.hub.publish(&row.execution);
            if row.queued {
                // Any worker claims the next attempt when it is due.
                self.hub.untrack(&id);
                self.hub.watchers.lock().expect("hub lock").remove(&id);
                return row;
            }
            tokio::select! {
                _ = tokio::time::sleep(delay) => {}
                _ = cancel.cancelled() => {
                    self.hub.untrack(&id);
                    self.hub.watchers.lock().expect("hub lock").remove(&id);
                    row.execution.status = ExecutionStatus::Cancelled;
                    return row;
                }
            }
            let (ctx, head, body) = again.expect("a retried attempt has its request");
            invocation = Invocation { ctx, head, body: Body::Full(body), port: None, cancel: Default::default() };
        }
    }

    /// How long to wait before the next attempt of `row`, whose attempt failed as
    /// `failure`; None when the app's retry policy says it failed for good.
    async fn retry_delay(&self, row: &ExecutionRow, failure: Failure) -> Option<Duration> {
        let id = FunctionId::parse(&row.execution.app_id).ok()?;
        let app = match records::app(self.store.as_ref(), &id).await {
            Ok(app) => app,
            Err(_) => return None,
        };
        let policy = app.config.retry?;
        policy.retries(row.execution.attempt, failure).then(|| policy.backoff(row.execution.attempt, rand::random()))
    }

    async fn save(&self, row: &ExecutionRow) {
        match self.store.update_execution(row).await {
            Ok(true) => {}
            Ok(false) => {
                // Another worker claimed it after this one's lease lapsed: its attempt
                // is the one recorded.
                tracing::warn!(execution = %row.execution.id, attempt = row.execution.attempt, "lease lost; result not recorded");
                self.hub.watchers.lock().expect("hub lock").remove(&row.execution.id);
                return;
            }
            Err(e) => tracing::error!(execution = %row.execution.id, error = %e, "could not record an execution"),
        }
        if row.execution.status.is_terminal() && row.execution.callback_url.is_some() {
            self.callbacks.wake();
        }
        self.hub.publish(&row.execution);
    }

    /// Collects the outcome of a call into the record; a large output is stored as a
    /// blob, whose lease is returned, with how the attempt failed (as a retry policy
    /// names failures; None when it succeeded or failed in a way no retry mends).
    async fn finish(
        &self,
        row: &mut ExecutionRow,
        outcome: Result<ignite_runtime::pool::PooledResponse, Error>,
    ) -> (Option<BlobLease>, Option<Failure>) {
        let mut lease = None;
        let e = &mut row.execution;
        e.awaiting_input = false;
        let mut failure: Option<Error> = None;
        match outcome {
            Err(err) => failure = Some(err),
            Ok(pooled) => {
                e.http_status = u32::from(pooled.response.head.status);
                e.output_headers = pooled.response.head.headers.into_iter().collect();
                let mut output = Vec::new();
                let mut body = pooled.response.body;
                while let Some(chunk) = body.next().await {
                    match chunk {
                        Ok(c) if output.len() + c.len() > self.max_output_bytes => {
                            failure = Some(Error::new(
                                ignite_core::Code::ResourceExhausted,
                                format!(
                                    "the output is larger than {} bytes, the most an execution keeps \
                                     (--max-output-bytes)",
                                    self.max_output_bytes
                                ),
                            ));
                            break;
                        }
                        Ok(c) => output.extend_from_slice(&c),
                        Err(err) => {
                            failure = Some(err.into());
                            break;
                        }
                    }
                }
                e.output_size = output.len() as u64;
                if output.len() > INLINE_OUTPUT {
                    match self.blobs.put_leased(output).await {
                        Ok((hash, held)) => {
                            e.output_ref = hash;
                            lease = Some(held);
                        }
                        Err(err) => failure = Some(Error::internal(format!("storing the output: {}", err.message()))),
                    }
                } else {
                    e.output = output;
                }
            }
        }
        e.completed_at_ms = now_ms();
        e.duration_ms = e.completed_at_ms - e.started_at_ms;
        e.status = match &failure {
            None if e.http_status >= 500 => ExecutionStatus::Failed,
            None => ExecutionStatus::Succeeded,
            Some(err) => status_of(err.code()),
        };
        let failed_as = match &failure {
            None if e.http_status >= 500 => Some(Failure::ServerError),
            None => None,
            Some(err) => match err.code() {
                ignite_core::Code::DeadlineExceeded => Some(Failure::Timeout),
                // Traps, exits, kills, OOM, a replica that would not start.
                ignite_core::Code::Internal
                | ignite_core::Code::Unknown
                | ignite_core::Code::Unavailable
                | ignite_core::Code::ResourceExhausted => Some(Failure::Crashed),
                _ => None,
            },
        };
        if let Some(err) = failure {
            e.error = err.message().to_string();
        } else if e.http_status >= 500 {
            e.error = handler_error(e.http_status, &e.output);
        }
        (lease, failed_as)
    }

    /// The live execution of `app` holding idempotency `key`; a key whose execution
    /// expired is freed.
    async fn keyed_execution(&self, app: &FunctionId, key: &str) -> Result<Option<String>, Error> {
        let (org, name) = (app.org().as_str(), app.app().as_str());
        match self.store.execution_by_key(org, name, key).await? {
            Some(row) if row.expired(now_ms()) => {
                self.store.release_idempotency_key(&row.execution.id).await?;
                Ok(None)
            }
            row => Ok(row.map(|r| r.execution.id)),
        }
    }

    pub async fn invoke_async(
        self: &Arc<Self>,
        caller: &Caller,
        req: v1::InvokeAsyncRequest,
    ) -> Result<v1::InvokeAsyncResponse, Error> {
        let id = function_of(caller, &req.organization_name, &req.app_name, "app_name")?;
        records::app(self.store.as_ref(), &id).await?;
        let key = (!req.idempotency_key.is_empty()).then(|| req.idempotency_key.clone());
        if let Some(key) = &key {
            if key.len() > MAX_IDEMPOTENCY_KEY {
                return Err(Error::invalid_argument(
                    "idempotency_key",
                    format!("is at most {MAX_IDEMPOTENCY_KEY} bytes"),
                ));
            }
            if let Some(execution_id) = self.keyed_execution(&id, key).await? {
                return Ok(v1::InvokeAsyncResponse { execution_id, app_id: id.to_string() });
            }
        }
        let callback_url = match req.callback_url.as_str() {
            "" => None,
            url => Some(self.callbacks.check_url(url).await?),
        };
        let target = self.version_to_run(&id, req.version).await?;
        let (body, input) = if req.streamed_input {
            let (tx, rx) = mpsc::channel::<Result<Bytes, RuntimeError>>(16);
            if !req.body.is_empty() {
                let _ = tx.send(Ok(Bytes::from(req.body))).await;
            }
            let stream = futures::stream::unfold(rx, |mut rx| async move { rx.recv().await.map(|c| (c, rx)) });
            (Body::Stream(Box::pin(stream)), Some(tx))
        } else {
            (Body::Full(Bytes::from(req.body)), None)
        };
        let streamed = input.is_some();
        let started = self
            .start_execution(
                target,
                ExecutionKind::InvokeAsync,
                req.http.as_ref(),
                body,
                streamed,
                Delivery { idempotency_key: key.clone(), callback_url },
            )
            .await;
        let execution_id = match (started, &key) {
            // A concurrent call with the same key recorded its execution first.
            (Err(e), Some(key)) if e.code() == ignite_core::Code::AlreadyExists => {
                self.keyed_execution(&id, key).await?.ok_or(e)?
            }
            (started, _) => started?,
        };
        if let Some(tx) = input {
            self.hub.inputs.lock().expect("hub lock").insert(
                execution_id.clone(),
                Input { org: id.org().to_string(), tx, received: Arc::new(AtomicU64::new(0)) },
            );
        }
        Ok(v1::InvokeAsyncResponse { execution_id, app_id: id.to_string() })
    }

    pub async fn test_draft(
        self: &Arc<Self>,
        caller: &Caller,
        req: v1::TestDraftRequest,
    ) -> Result<v1::TestDraftResponse, Error> {
        let id = function_of(caller, &req.organization_name, &req.app_name, "app_name")?;
        let app = records::app(self.store.as_ref(), &id).await?;
        self.builds.compile_if_needed(&id, Action::TestDraft).await?;
        let lifecycle = self.store.lifecycle(id.org().as_str(), id.app().as_str()).await?;
        match lifecycle.check(Action::TestDraft)? {
            Effect::RunDraft { compile_first: false } => {}
            other => return Err(Error::internal(format!("test draft produced {other:?}"))),
        }
        let draft = self
            .store
            .get_draft(id.org().as_str(), id.app().as_str())
            .await?
            .ok_or_else(|| Error::not_found("draft", &id))?;
        let mut config = app.config;
        if !draft.input_schema.is_empty() {
            config.input_schema = draft.input_schema.clone();
        }
        let target = Arc::new(Deployed {
            target: Target {
                function: id.clone(),
                version: 0,
                kind: draft.runtime_kind,
                code_hash: draft.artifact_hash.unwrap_or(draft.code_hash),
                settings: run_settings(&config),
            },
            storage: Storage::of(&config),
        });
        let body = Body::Full(Bytes::from(req.payload));
        let execution_id = self
            .start_execution(target, ExecutionKind::TestDraft, req.http.as_ref(), body, false, Delivery::default())
            .await?;
        Ok(v1::TestDraftResponse { execution_id, app_id: id.to_string() })
    }

    pub async fn test_app_version(
        self: &Arc<Self>,
        caller: &Caller,
        req: v1::TestAppVersionRequest,
    ) -> Result<v1::TestAppVersionResponse, Error> {
        let id = function_of(caller, &req.organization_name, &req.app_name, "app_name")?;
        records::app(self.store.as_ref(), &id).await?;
        if req.version == 0 {
            return Err(Error::invalid_argument("version", "must be 1 or more (TestDraft runs the draft)"));
        }
        let target = self.version_target(&id, req.version).await?;
        let body = Body::Full(Bytes::from(req.payload));
        let execution_id = self
            .start_execution(target, ExecutionKind::TestVersion, req.http.as_ref(), body, false, Delivery::default())
            .await?;
        Ok(v1::TestAppVersionResponse { execution_id, app_id: id.to_string() })
    }

    /// The caller's execution; another organization's is NOT_FOUND (ids are not
    /// confirmed to others), and so is one past its retention.
    async fn execution(&self, caller: &Caller, id: &str) -> Result<ExecutionRow, Error> {
        if id.is_empty() {
            return Err(Error::invalid_argument("execution_id", "is required"));
        }
        match self.store.get_execution(id).await? {
            Some(row) if row.org == caller.org && !row.expired(now_ms()) => Ok(row),
            _ => Err(Error::not_found("execution", id).with_field("execution_id")),
        }
    }

    pub async fn get_execution(
        &self,
        caller: &Caller,
        req: v1::GetExecutionRequest,
    ) -> Result<v1::GetExecutionResponse, Error> {
        let row = self.execution(caller, &req.execution_id).await?;
        Ok(v1::GetExecutionResponse { execution: Some((&row.execution).into()) })
    }

    /// The execution's state now, then each change, ending with the terminal state.
    pub async fn watch_execution(&self, caller: &Caller, req: v1::WatchExecutionRequest) -> Result<Updates, Error> {
        let row = self.execution(caller, &req.execution_id).await?;
        let Some(rx) = self.hub.subscribe(&req.execution_id) else {
            // Finished (or finished between the read and now): the stored state.
            let row = self.execution(caller, &req.execution_id).await.unwrap_or(row);
            if self.cluster.shared() && !row.execution.status.is_terminal() {
                // Another server runs it: follow its record.
                return Ok(follow_record(self.store.clone(), row));
            }
            let once = v1::WatchExecutionResponse { execution: Some((&row.execution).into()) };
            return Ok(Box::pin(futures::stream::iter([Ok(once)])));
        };
        // A channel that closes before the end (the execution was queued again for a
        // retry, another server took it over, or it ended by another path): the
        // record tells the rest.
        let ended = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let saw_end = ended.clone();
        let store = self.store.clone();
        let id = req.execution_id.clone();
        let rest = futures::stream::once(async move {
            match store.get_execution(&id).await {
                Ok(Some(row)) if !ended.load(Ordering::SeqCst) => follow_record(store, row),
                _ => Box::pin(futures::stream::empty()) as Updates,
            }
        })
        .flatten();
        let updates = futures::stream::unfold(Some((rx, true)), |state| async move {
            let (mut rx, first) = state?;
            // After the first state, wait for a change (a closed channel still
            // delivers the value sent just before it closed).
            if !first && rx.changed().await.is_err() && !rx.has_changed().unwrap_or(false) {
                let last = rx.borrow().clone();
                let done = last.status.is_terminal();
                return done.then(|| (Ok(v1::WatchExecutionResponse { execution: Some((&last).into()) }), None));
            }
            let current = rx.borrow_and_update().clone();
            let done = current.status.is_terminal();
            Some((
                Ok(v1::WatchExecutionResponse { execution: Some((&current).into()) }),
                (!done).then_some((rx, false)),
            ))
        });
        let updates = updates.inspect(move |u| {
            if let Ok(v1::WatchExecutionResponse { execution: Some(e) }) = u
                && v1::ExecutionStatus::try_from(e.status)
                    .is_ok_and(|s| !matches!(s, v1::ExecutionStatus::Pending | v1::ExecutionStatus::Running))
            {
                saw_end.store(true, Ordering::SeqCst);
            }
        });
        Ok(Box::pin(updates.chain(rest)))
    }

    /// Ends an execution CANCELLED: recorded first, so that no attempt can record a
    /// result after it; then its guest is stopped where it runs (here, or on the server
    /// the announcement reaches).
    pub async fn cancel_execution(
        &self,
        caller: &Caller,
        req: v1::CancelExecutionRequest,
    ) -> Result<v1::CancelExecutionResponse, Error> {
        let row = self.execution(caller, &req.execution_id).await?;
        let ended = |status: ExecutionStatus| {
            Error::failed_precondition(format!(
                "execution {} has already ended ({})",
                req.execution_id,
                v1::ExecutionStatus::from(status).as_str_name()
            ))
            .with_field("execution_id")
        };
        if row.execution.status.is_terminal() {
            return Err(ended(row.execution.status));
        }
        let Some(cancelled) = self.store.cancel_execution(&req.execution_id, CANCEL_REASON, now_ms()).await? else {
            let now = self.execution(caller, &req.execution_id).await?;
            return Err(ended(now.execution.status));
        };
        self.hub.cancel(&cancelled.execution);
        if cancelled.execution.callback_url.is_some() {
            self.callbacks.wake();
        }
        if self.cluster.shared() {
            self.cluster.announce_cancel(&req.execution_id).await;
        }
        // An execution running here: answer once its guest is stopped.
        let grace = tokio::time::Instant::now() + CANCEL_GRACE;
        while self.hub.runs(&req.execution_id) && tokio::time::Instant::now() < grace {
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        Ok(v1::CancelExecutionResponse { execution: Some((&cancelled.execution).into()) })
    }

    /// Stops the executions other servers cancelled, while the server lives.
    pub fn spawn_cancel_listener(self: &Arc<Self>) {
        let Some(mut cancels) = self.cluster.cancels() else { return };
        let me = Arc::downgrade(self);
        tokio::spawn(async move {
            loop {
                let id = match cancels.recv().await {
                    Ok(id) => id,
                    Err(tokio::sync::broadcast::error::RecvError::Lagged(_)) => continue,
                    Err(_) => return,
                };
                let Some(me) = me.upgrade() else { return };
                if !me.hub.runs(&id) {
                    continue;
                }
                if let Ok(Some(row)) = me.store.get_execution(&id).await {
                    me.hub.cancel(&row.execution);
                }
            }
        });
    }

    /// The app's executions passing `filter`, newest first, without their outputs.
    async fn page(
        &self,
        caller: &Caller,
        (org, app): (&str, &str),
        filter: ExecutionFilter,
        limit: u32,
        cursor: &str,
    ) -> Result<(Vec<v1::Execution>, String), Error> {
        let id = function_of(caller, org, app, "app_name")?;
        records::app(self.store.as_ref(), &id).await?;
        let limit = page_limit(limit)?;
        let before = decode_execution_cursor(cursor)?;
        let now = now_ms();
        let rows = self.store.list_executions(id.org().as_str(), id.app().as_str(), filter, before, limit).await?;
        let next_cursor = if rows.len() == limit as usize {
            rows.last().map(|r| encode_execution_cursor(&r.execution)).unwrap_or_default()
        } else {
            String::new()
        };
        let executions = rows
            .iter()
            .filter(|r| !r.expired(now))
            .map(|r| v1::Execution { output: Vec::new(), ..(&r.execution).into() })
            .collect();
        Ok((executions, next_cursor))
    }

    pub async fn list_executions(
        &self,
        caller: &Caller,
        req: v1::ListExecutionsRequest,
    ) -> Result<v1::ListExecutionsResponse, Error> {
        let kind = enum_value::<v1::ExecutionKind>(req.kind, "kind")?;
        let status = enum_value::<v1::ExecutionStatus>(req.status, "status")?;
        let filter = ExecutionFilter {
            kind: (kind != v1::ExecutionKind::Unspecified).then(|| ExecutionKind::from_number(req.kind.into())),
            status: (status != v1::ExecutionStatus::Unspecified)
                .then(|| ExecutionStatus::from_number(req.status.into())),
            dead_letters: false,
        };
        let app = (req.organization_name.as_str(), req.app_name.as_str());
        let (executions, next_cursor) = self.page(caller, app, filter, req.limit, &req.cursor).await?;
        Ok(v1::ListExecutionsResponse { executions, next_cursor })
    }

    /// The app's dead letters, newest first.
    pub async fn list_dead_letters(
        &self,
        caller: &Caller,
        req: v1::ListDeadLettersRequest,
    ) -> Result<v1::ListDeadLettersResponse, Error> {
        let filter = ExecutionFilter { dead_letters: true, ..Default::default() };
        let app = (req.organization_name.as_str(), req.app_name.as_str());
        let (executions, next_cursor) = self.page(caller, app, filter, req.limit, &req.cursor).await?;
        Ok(v1::ListDeadLettersResponse { executions, next_cursor })
    }

    /// Runs a dead letter's request again as a new InvokeAsync execution.
    pub async fn redrive_execution(
        self: &Arc<Self>,
        caller: &Caller,
        req: v1::RedriveExecutionRequest,
    ) -> Result<v1::RedriveExecutionResponse, Error> {
        let row = self.execution(caller, &req.execution_id).await?;
        let not_dead = || {
            Error::failed_precondition(format!(
                "execution {} is not a dead letter (ListDeadLetters lists them)",
                req.execution_id
            ))
            .with_field("execution_id")
        };
        let (true, Some(request)) = (row.execution.dead_letter, row.request.clone()) else {
            return Err(not_dead());
        };
        let id = FunctionId::parse(&row.execution.app_id)
            .map_err(|e| Error::internal(format!("dead letter of {:?}: {e}", row.execution.app_id)))?;
        let target = self.version_to_run(&id, req.version).await?;
        // The new execution's own id replaces the dead letter's in the head.
        let http = v1::HttpContext {
            method: request.head.method.clone(),
            path: request.head.path.clone(),
            query: request.head.query.clone(),
            headers: request.head.headers.iter().cloned().collect(),
        };
        let execution_id = self
            .start_execution(
                target,
                ExecutionKind::InvokeAsync,
                Some(&http),
                Body::Full(Bytes::from(request.body)),
                false,
                Delivery { callback_url: row.execution.callback_url.clone(), ..Default::default() },
            )
            .await?;
        if !self.store.redrive_dead_letter(&req.execution_id, &execution_id).await? {
            // A concurrent redrive took it first: this one's execution runs too (it
            // was asked for), and says so.
            tracing::info!(execution = %req.execution_id, "dead letter redriven twice");
        }
        Ok(v1::RedriveExecutionResponse { execution_id, app_id: id.to_string() })
    }

    /// Deletes every dead letter of the app; their outputs go too (unless shared).
    pub async fn purge_dead_letters(
        &self,
        caller: &Caller,
        req: v1::PurgeDeadLettersRequest,
    ) -> Result<v1::PurgeDeadLettersResponse, Error> {
        let id = function_of(caller, &req.organization_name, &req.app_name, "app_name")?;
        records::app(self.store.as_ref(), &id).await?;
        let (purged, outputs) = self.store.purge_dead_letters(id.org().as_str(), id.app().as_str()).await?;
        self.retention.collect_blobs(outputs.into_iter().collect()).await?;
        Ok(v1::PurgeDeadLettersResponse { purged })
    }

    /// Feeds chunks to an execution started with `streamed_input`.
    pub async fn stream_execution_input(
        &self,
        caller: &Caller,
        mut chunks: Pin<Box<dyn Stream<Item = Result<v1::StreamExecutionInputRequest, Error>> + Send>>,
    ) -> Result<v1::StreamExecutionInputResponse, Error> {
        let first = chunks
            .next()
            .await
            .ok_or_else(|| Error::invalid_argument("execution_id", "the stream ended before its first message"))??;
        let id = first.execution_id.clone();
        let row = self.execution(caller, &id).await?;
        let (tx, received) = {
            let inputs = self.hub.inputs.lock().expect("hub lock");
            match inputs.get(&id) {
                Some(input) if input.org == caller.org => (input.tx.clone(), input.received.clone()),
                _ if row.execution.status.is_terminal() => {
                    return Err(Error::failed_precondition(format!("execution {id} has already finished")));
                }
                _ => {
                    return Err(Error::failed_precondition(format!(
                        "execution {id} does not take streamed input (start it with InvokeAsync streamed_input)"
                    )));
                }
            }
        };
        let mut message = Some(first);
        while let Some(m) = message.take() {
            if !m.execution_id.is_empty() && m.execution_id != id {
                return Err(Error::invalid_argument("execution_id", "one stream feeds one execution"));
            }
            if !m.chunk.is_empty() {
                received.fetch_add(m.chunk.len() as u64, Ordering::SeqCst);
                if tx.send(Ok(Bytes::from(m.chunk))).await.is_err() {
                    return Err(Error::failed_precondition(format!("execution {id} stopped reading its input")));
                }
            }
            if m.end_of_input {
                break;
            }
            message = chunks.next().await.transpose()?;
        }
        // The end of the client stream ends the input too.
        drop(tx);
        self.hub.inputs.lock().expect("hub lock").remove(&id);
        let status = self.execution(caller, &id).await.map(|r| r.execution.status).unwrap_or_default();
        let status = v1::ExecutionStatus::from(status) as i32;
        Ok(v1::StreamExecutionInputResponse {
            execution_id: id,
            bytes_received: received.load(Ordering::SeqCst),
            status,
        })
    }
}

/// The record's state now, then each change (read every 200 ms), ending with the
/// terminal state.
fn follow_record(store: Arc<dyn Store>, row: ExecutionRow) -> Updates {
    let updates = futures::stream::unfold(Some((row, true)), move |state| {
        let store = store.clone();
        async move {
            let (mut last, first) = state?;
            if !first {
                loop {
                    tokio::time::sleep(Duration::from_millis(200)).await;
                    match store.get_execution(&last.execution.id).await {
                        Ok(Some(now)) if now.execution != last.execution => {
                            last = now;
                            break;
                        }
                        Ok(Some(_)) => continue,
                        Ok(None) => return None,
                        Err(e) => return Some((Err(e), None)),
                    }
                }
            }
            let done = last.execution.status.is_terminal();
            let message = v1::WatchExecutionResponse { execution: Some((&last.execution).into()) };
            Some((Ok(message), (!done).then_some((last, false))))
        }
    });
    Box::pin(updates)
}
