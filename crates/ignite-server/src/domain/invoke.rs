//! Synchronous calls (Invoke, and requests to FunctionId hosts) and the observability
//! RPCs the engine feeds (logs, events, replicas). [`Invoke::admit_and_invoke`] is
//! the one door to the engine: every call path (Invoke, app hosts, durable executions,
//! jobs, MCP) is admitted there against the organization's executions a minute.

use std::pin::Pin;
use std::sync::Arc;
use std::time::Instant;

use bytes::Bytes;
use futures::{Stream, StreamExt};
use ignite_core::function_id::{DEFAULT_PORT, decode_host};
use ignite_core::runtime::{Body, ExecutionContext, Invocation, RequestHead, Severity};
use ignite_core::{Code, Error, FunctionId};
use ignite_proto::v1;
use ignite_runtime::pool::PooledResponse;
use tokio_stream::wrappers::BroadcastStream;

use crate::auth::Caller;
use crate::auth::quotas::Quotas;
use crate::domain::convert::{app_event, function_of, log_line, request_head, status_of};
use crate::domain::records;
use crate::domain::routes::RouteCache;
use crate::engine::{Engine, Target};
use crate::obs::telemetry::AppTelemetry;
use crate::store::LogQuery;
use crate::store::Store;

pub type Frames = Pin<Box<dyn Stream<Item = Result<v1::InvokeResponse, Error>> + Send>>;
pub type Lines = Pin<Box<dyn Stream<Item = Result<v1::LogLine, Error>> + Send>>;
pub type Events = Pin<Box<dyn Stream<Item = Result<v1::AppEvent, Error>> + Send>>;

/// GetAppLogs answers at most this many lines, whatever the limit asked.
pub const LOG_LIMIT_CAP: u32 = 5000;
pub const LOG_LIMIT_DEFAULT: u32 = 1000;

/// A new execution id: time-ordered (UUIDv7), so ids sort by start.
fn new_execution_id() -> String {
    format!("exec-{}", uuid::Uuid::now_v7().simple())
}

/// The context of a new execution of `target`, under a new execution id.
pub fn new_context(target: &Target) -> ExecutionContext {
    ExecutionContext {
        execution_id: new_execution_id(),
        function: target.function.clone(),
        organization_id: target.function.org().to_string(),
        version: target.version,
        traceparent: String::new(),
    }
}

fn trailer(started: Instant, status: v1::ExecutionStatus, error: String, body_bytes: u64) -> v1::InvokeResponse {
    let elapsed = started.elapsed();
    v1::InvokeResponse {
        frame: Some(v1::invoke_response::Frame::Trailer(v1::InvokeTrailer {
            error,
            duration_ms: elapsed.as_millis() as i64,
            status: status as i32,
            body_bytes,
            duration_us: elapsed.as_micros() as i64,
        })),
    }
}

/// Apps of this organization may be called by any authenticated organization.
pub const PUBLIC_ORG: &str = "public";

/// A call made through a FunctionId host: its execution id, and what the guest
/// answered (or how it failed, after the call was admitted).
pub struct HostCall {
    pub execution_id: String,
    pub outcome: Result<PooledResponse, Error>,
}

/// The request header naming the alias an app host call runs through.
pub const ALIAS_HEADER: &str = "x-ignite-alias";
/// The request header keeping a caller on one side of a split alias.
pub const ROUTING_KEY_HEADER: &str = "x-ignite-routing-key";

/// Stored events read to answer GetAppEvents (coalesced into fewer).
const STORED_EVENTS_READ: u32 = 10_000;

pub struct Invoke {
    store: Arc<dyn Store>,
    engine: Arc<Engine>,
    quotas: Arc<Quotas>,
    routes: Arc<RouteCache>,
    /// Names this server's cluster in replica listings.
    cluster_id: String,
    /// Names this machine in replica listings.
    node_name: String,
    /// FunctionId hosts are `<app>-<org>[-<port>].<base_domain>`.
    base_domain: String,
}

impl Invoke {
    pub fn new(
        store: Arc<dyn Store>,
        engine: Arc<Engine>,
        quotas: Arc<Quotas>,
        routes: Arc<RouteCache>,
        cluster_id: String,
        node_name: String,
        base_domain: String,
    ) -> Self {
        Invoke { store, engine, quotas, routes, cluster_id, node_name, base_domain }
    }

    /// Invoke: the active (or an explicit) version; frames head, chunks, trailer. A call
    /// that fails in the guest (timeout, crash, OOM) still answers frames, with a 5xx
    /// head and the error in the trailer, so the execution id is always known; only
    /// refusals (overload, unknown app, ...) are RPC errors.
    pub async fn invoke(&self, caller: &Caller, req: v1::InvokeRequest) -> Result<Frames, Error> {
        let id = function_of(caller, &req.organization_name, &req.app_name, "app_name")?;
        if !req.alias.is_empty() && req.version != 0 {
            return Err(Error::invalid_argument("alias", "names a version itself: give alias or version, not both"));
        }
        // From memory on the hot path (see routes.rs).
        let version = match req.alias.as_str() {
            "" => req.version,
            alias => self.routes.alias_version(&id, alias, &req.routing_key).await?,
        };
        let deployed = self.routes.version(&id, version).await?;
        let mut head = request_head(req.http.as_ref())?;
        let ctx = new_context(&deployed.target);
        head.inject_context(&ctx);
        let execution_id = ctx.execution_id.clone();
        let invocation =
            Invocation { ctx, head, body: Body::Full(req.body.into()), port: None, cancel: Default::default() };
        let started = Instant::now();
        self.run_frames(&deployed.target, invocation, execution_id, started).await
    }

    /// Runs one call of a tenant's code: admitted against the organization's executions
    /// a minute, then served by the engine. Every call path (Invoke, app hosts, durable
    /// executions, jobs, MCP) goes through here.
    pub async fn admit_and_invoke(&self, target: &Target, invocation: Invocation) -> Result<PooledResponse, Error> {
        self.quotas.admit_execution(target.function.org().as_str()).await?;
        self.engine.invoke(target, invocation).await
    }

    async fn run_frames(
        &self,
        target: &Target,
        invocation: Invocation,
        execution_id: String,
        started: Instant,
    ) -> Result<Frames, Error> {
        let version = target.version;
        let pooled = match self.admit_and_invoke(target, invocation).await {
            Ok(p) => p,
            Err(e) if matches!(e.code(), Code::ResourceExhausted | Code::Unimplemented) => return Err(e),
            Err(e) => {
                let status = if e.code() == Code::DeadlineExceeded { 504 } else { 500 };
                let body = serde_json::json!({"error": e.message()}).to_string().into_bytes();
                let head = v1::InvokeResponse {
                    frame: Some(v1::invoke_response::Frame::Head(v1::InvokeHead {
                        status_code: status,
                        headers: [("content-type".to_string(), "application/json".to_string())].into(),
                        execution_id,
                        version,
                        replica_id: String::new(),
                        cold_start: false,
                    })),
                };
                let len = body.len() as u64;
                let chunk = v1::InvokeResponse { frame: Some(v1::invoke_response::Frame::Chunk(body)) };
                let end = trailer(started, status_of(e.code()).into(), e.message().to_string(), len);
                return Ok(Box::pin(futures::stream::iter([Ok(head), Ok(chunk), Ok(end)])));
            }
        };
        let status_code = pooled.response.head.status;
        let head = v1::InvokeResponse {
            frame: Some(v1::invoke_response::Frame::Head(v1::InvokeHead {
                status_code: u32::from(status_code),
                headers: pooled.response.head.headers.into_iter().collect(),
                execution_id,
                version,
                replica_id: pooled.replica_id,
                cold_start: pooled.cold_start,
            })),
        };
        struct Progress {
            body: ignite_core::runtime::BodyStream,
            bytes: u64,
            done: bool,
        }
        let progress = Progress { body: pooled.response.body, bytes: 0, done: false };
        let frames = futures::stream::unfold(progress, move |mut p| async move {
            if p.done {
                return None;
            }
            match p.body.next().await {
                Some(Ok(chunk)) => {
                    p.bytes += chunk.len() as u64;
                    let frame = v1::InvokeResponse { frame: Some(v1::invoke_response::Frame::Chunk(chunk.to_vec())) };
                    Some((Ok(frame), p))
                }
                Some(Err(e)) => {
                    p.done = true;
                    let e = Error::from(e);
                    Some((Ok(trailer(started, status_of(e.code()).into(), e.message().to_string(), p.bytes)), p))
                }
                None => {
                    p.done = true;
                    let status =
                        if status_code >= 500 { v1::ExecutionStatus::Failed } else { v1::ExecutionStatus::Succeeded };
                    Some((Ok(trailer(started, status, String::new(), p.bytes)), p))
                }
            }
        });
        Ok(Box::pin(futures::stream::once(async { Ok(head) }).chain(frames)))
    }

    /// The app a host addresses: the first reading naming an existing app that serves
    /// that port (port 80 always; another port when the app declares it).
    async fn resolve_host(&self, host: &str) -> Result<(FunctionId, u16), Error> {
        if let Some(hit) = self.routes.host(host) {
            return Ok(hit);
        }
        let targets = decode_host(host, &self.base_domain)
            .map_err(|e| Error::new(Code::NotFound, format!("no app at this host: {e}")))?;
        let mut found = Vec::new();
        for t in targets {
            let Some(app) = self.store.get_app(t.function.org().as_str(), t.function.app().as_str()).await? else {
                continue;
            };
            if t.port == DEFAULT_PORT || app.config.ports.contains(&u32::from(t.port)) {
                found.push((t.function, t.port));
            }
        }
        match found.len() {
            0 => Err(Error::new(Code::NotFound, format!("no app at host {host:?}"))),
            1 => {
                let hit = found.remove(0);
                self.routes.remember_host(host, hit.clone());
                Ok(hit)
            }
            // CreateApp refuses clashing hosts; only apps created before that rule can
            // share one, and then the host names none of them rather than a guess.
            _ => {
                let names: Vec<String> = found.iter().map(|(f, _)| f.to_string()).collect();
                Err(Error::new(
                    Code::FailedPrecondition,
                    format!("host {host:?} names several apps: {}", names.join(", ")),
                ))
            }
        }
    }

    /// A request to a FunctionId host, by `caller` (authenticated at the edge): the
    /// active version of the app the host names, on the port it names. Refusals (no
    /// such app, no access, overload) are errors; a guest that fails after admission is
    /// an outcome, reported with the execution id.
    pub async fn call_host(
        &self,
        caller: &Caller,
        host: &str,
        mut head: RequestHead,
        body: Bytes,
    ) -> Result<HostCall, Error> {
        let (id, port) = self.resolve_host(host).await?;
        if id.org().as_str() != PUBLIC_ORG {
            caller.authorize(id.org().as_str())?;
        }
        let version = match head.header(ALIAS_HEADER) {
            None | Some("") => 0,
            Some(alias) => {
                let key = head.header(ROUTING_KEY_HEADER).unwrap_or_default().to_string();
                self.routes.alias_version(&id, alias, &key).await?
            }
        };
        let deployed = self.routes.version(&id, version).await?;
        let ctx = new_context(&deployed.target);
        head.inject_context(&ctx);
        let execution_id = ctx.execution_id.clone();
        let invocation = Invocation {
            ctx,
            head,
            body: Body::Full(body),
            port: (port != DEFAULT_PORT).then_some(port),
            cancel: Default::default(),
        };
        match self.admit_and_invoke(&deployed.target, invocation).await {
            Err(e) if matches!(e.code(), Code::ResourceExhausted | Code::Unimplemented) => Err(e),
            outcome => Ok(HostCall { execution_id, outcome }),
        }
    }

    async fn app_id(&self, caller: &Caller, org: &str, app: &str) -> Result<FunctionId, Error> {
        let id = function_of(caller, org, app, "app_name")?;
        records::app(self.store.as_ref(), &id).await?;
        Ok(id)
    }

    pub async fn get_app_logs(
        &self,
        caller: &Caller,
        req: v1::GetAppLogsRequest,
    ) -> Result<v1::GetAppLogsResponse, Error> {
        let id = self.app_id(caller, &req.organization_name, &req.app_name).await?;
        let limit = match req.limit {
            0 => LOG_LIMIT_DEFAULT,
            l => l.min(LOG_LIMIT_CAP),
        };
        if req.since_ms < 0 || req.until_ms < 0 {
            return Err(Error::invalid_argument(
                if req.since_ms < 0 { "since_ms" } else { "until_ms" },
                "is a time in ms since the epoch, or 0",
            ));
        }
        let query = LogQuery {
            since_ms: req.since_ms,
            until_ms: req.until_ms,
            replica_id: req.replica_id,
            contains: req.contains,
            execution_id: req.execution_id,
            limit,
        };
        // The store keeps the lines past restarts and scale-to-zero; what this server
        // observed is written first.
        let (lines, truncated) = match self.engine.telemetry.flush_logs().await {
            Some(()) => self.store.read_logs(id.org().as_str(), id.app().as_str(), &query).await?,
            None => self.engine.telemetry.app(&id.to_string()).logs(limit as usize, &query.replica_id),
        };
        let lines = lines.iter().map(log_line).collect();
        Ok(v1::GetAppLogsResponse { lines, truncated: truncated || req.limit > LOG_LIMIT_CAP })
    }

    pub async fn stream_app_logs(&self, caller: &Caller, req: v1::StreamAppLogsRequest) -> Result<Lines, Error> {
        let id = self.app_id(caller, &req.organization_name, &req.app_name).await?;
        let app = self.engine.telemetry.app(&id.to_string());
        // Subscribe before reading the history, so no line falls in between.
        let tail = BroadcastStream::new(app.log_tail.subscribe());
        let history = if req.from_start { app.logs(usize::MAX, &req.replica_id).0 } else { Vec::new() };
        let replica = req.replica_id;
        Ok(history_then_tail(history, tail, move |l| replica.is_empty() || l.replica_id == replica, log_line))
    }

    pub async fn get_app_events(
        &self,
        caller: &Caller,
        req: v1::GetAppEventsRequest,
    ) -> Result<v1::GetAppEventsResponse, Error> {
        let id = self.app_id(caller, &req.organization_name, &req.app_name).await?;
        let severity = check_severity(&req.severity)?;
        let limit = if req.limit == 0 { LOG_LIMIT_DEFAULT } else { req.limit.min(LOG_LIMIT_CAP) };
        // The store keeps events past restarts, one row per observation: the newest are
        // coalesced as in memory.
        let (events, truncated) = match self.engine.telemetry.flush_logs().await {
            Some(()) => {
                let stored = self.store.read_events(id.org().as_str(), id.app().as_str(), STORED_EVENTS_READ).await?;
                AppTelemetry::coalesced(stored).events(limit as usize, severity, &req.replica_id)
            }
            None => self.engine.telemetry.app(&id.to_string()).events(limit as usize, severity, &req.replica_id),
        };
        Ok(v1::GetAppEventsResponse { events: events.iter().map(app_event).collect(), truncated })
    }

    pub async fn stream_app_events(&self, caller: &Caller, req: v1::StreamAppEventsRequest) -> Result<Events, Error> {
        let id = self.app_id(caller, &req.organization_name, &req.app_name).await?;
        let severity = check_severity(&req.severity)?;
        let app = self.engine.telemetry.app(&id.to_string());
        let tail = BroadcastStream::new(app.event_tail.subscribe());
        let history = if req.from_start { app.events(usize::MAX, severity, &req.replica_id).0 } else { Vec::new() };
        let replica = req.replica_id;
        Ok(history_then_tail(history, tail, move |e| e.matches(severity, &replica), app_event))
    }

    pub async fn list_app_replicas(
        &self,
        caller: &Caller,
        req: v1::ListAppReplicasRequest,
    ) -> Result<v1::ListAppReplicasResponse, Error> {
        let id = self.app_id(caller, &req.organization_name, &req.app_name).await?;
        let replicas = self
            .engine
            .replicas(&id.to_string())
            .await
            .into_iter()
            .map(|(version, r)| v1::Replica {
                replica_id: r.replica_id,
                cluster_id: self.cluster_id.clone(),
                node_name: self.node_name.clone(),
                status: if r.ready { v1::ReplicaStatus::StatusRunning } else { v1::ReplicaStatus::StatusFailed } as i32,
                ready: r.ready,
                restart_count: r.restart_count,
                started_ms: r.started_at_ms,
                conditions_summary: format!(
                    "Ready={}, InFlight={}",
                    if r.ready { "True" } else { "False" },
                    r.in_flight
                ),
                cpu_millicores_used: r.usage.cpu_millicores as i64,
                memory_mb_used: r.usage.memory_bytes.div_ceil(1024 * 1024) as i64,
                version,
                in_flight: r.in_flight,
            })
            .collect();
        Ok(v1::ListAppReplicasResponse { replicas })
    }
}

/// `history`, then what `tail` receives that `keep` accepts, each as its wire message. A
/// slow reader misses tail items rather than holding up the app.
fn history_then_tail<T, W>(
    history: Vec<T>,
    tail: BroadcastStream<T>,
    keep: impl Fn(&T) -> bool + Send + 'static,
    wire: fn(&T) -> W,
) -> Pin<Box<dyn Stream<Item = Result<W, Error>> + Send>>
where
    T: Clone + Send + 'static,
    W: Send + 'static,
{
    let history: Vec<Result<W, Error>> = history.iter().map(|item| Ok(wire(item))).collect();
    let tail = tail.filter_map(move |item| {
        // An item missed by a slow reader, or filtered out, is skipped.
        let kept = item.ok().filter(|item| keep(item)).map(|item| Ok(wire(&item)));
        async move { kept }
    });
    Box::pin(futures::stream::iter(history).chain(tail))
}

/// The severity filter ("" = any).
fn check_severity(severity: &str) -> Result<Option<Severity>, Error> {
    if severity.is_empty() {
        return Ok(None);
    }
    Severity::parse(severity)
        .map(Some)
        .ok_or_else(|| Error::invalid_argument("severity", format!("{severity:?}: expected Normal or Warning")))
}
