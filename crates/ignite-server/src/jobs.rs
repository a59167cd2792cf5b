//! The jobs API, compatible with the Infernet node REST API: `GET /health`,
//! `GET /info`, `POST /api/jobs`, `POST /api/jobs/batch`, `GET /api/jobs`,
//! `POST /api/jobs/stream`, on the main HTTP listener.
//!
//! A job runs a chain of "containers": published apps of the caller's organization
//! with `jobsEnabled`, by name. `containers[0]` takes `data` (as JSON), the output of
//! container i is the input of container i+1, the last output is the result. Every step
//! is a durable execution (EXECUTION_KIND_JOB) and the job itself a row of the store,
//! so results survive a restart; a job still running when the server stopped is failed
//! at the next start (steps are not re-run: handlers need not be idempotent).
//!
//! Authentication: the organization's bearer token, as for every API; a request
//! without one is 401 `{"error"}`. A client is its token: `GET /api/jobs` without ids
//! lists the jobs created with the same token. `PUT /api/status` is not served: in
//! Infernet it lets containers report on-chain job status, and there is no chain here.

use std::sync::Arc;

use axum::Json;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use ignite_core::function_id::FunctionId;
use ignite_core::runtime::now_ms;
use ignite_proto::v1;
use serde_json::{Value, json};

use crate::auth::Caller;
use crate::service::Ignite;
use crate::store::JobRow;

pub const RESTART_REASON: &str = "the server stopped while the job was running; it was not re-run";

/// An Infernet-style error: `{"error", "params"?}` with its status.
struct JobError {
    status: StatusCode,
    error: String,
    params: Option<Value>,
}

impl JobError {
    fn bad(error: impl Into<String>, params: Option<Value>) -> Self {
        JobError { status: StatusCode::BAD_REQUEST, error: error.into(), params }
    }
}

impl From<ignite_core::Error> for JobError {
    fn from(e: ignite_core::Error) -> Self {
        JobError {
            status: StatusCode::from_u16(e.code().http_status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
            error: e.message().to_string(),
            params: None,
        }
    }
}

impl JobError {
    fn body(&self) -> Value {
        match &self.params {
            Some(p) => json!({"error": self.error, "params": p}),
            None => json!({"error": self.error}),
        }
    }
}

impl IntoResponse for JobError {
    fn into_response(self) -> Response {
        (self.status, Json(self.body())).into_response()
    }
}

type Reply = Result<Response, JobError>;

pub fn router(ignite: Arc<Ignite>) -> axum::Router {
    axum::Router::new()
        .route("/health", axum::routing::get(|| async { Json(json!({"status": "healthy"})) }))
        .route("/info", axum::routing::get(info))
        .route("/api/jobs", axum::routing::post(create).get(fetch))
        .route("/api/jobs/batch", axum::routing::post(batch))
        .route("/api/jobs/stream", axum::routing::post(stream))
        .with_state(ignite)
}

async fn caller(ignite: &Ignite, headers: &HeaderMap) -> Result<Caller, JobError> {
    let header = headers.get("authorization").and_then(|v| v.to_str().ok());
    ignite.cache.caller(ignite.store.as_ref(), header).await.map_err(JobError::from)
}

/// A container as `/info` shows it.
async fn containers(ignite: &Ignite, org: &str) -> Result<Vec<Value>, JobError> {
    let mut out = Vec::new();
    let mut after: Option<(String, String)> = None;
    loop {
        let page = ignite
            .store
            .list_apps(Some(org), Default::default(), after.as_ref().map(|(o, n)| (o.as_str(), n.as_str())), 500)
            .await?;
        let Some(last) = page.last() else { break };
        after = Some((last.org.clone(), last.name.clone()));
        for app in page.iter().filter(|a| a.config.jobs_enabled && a.active_version > 0) {
            let runtime = match ignite.store.get_version(&app.org, &app.name, app.active_version).await? {
                Some(v) => v.runtime_kind.to_string(),
                None => continue,
            };
            out.push(json!({
                "id": app.name,
                "image": format!("ignite://{}/{}@{} ({runtime})", app.org, app.name, app.active_version),
                "description": app.config.description,
                "external": true,
            }));
        }
        if page.len() < 500 {
            break;
        }
    }
    Ok(out)
}

async fn info(State(ignite): State<Arc<Ignite>>, headers: HeaderMap) -> Reply {
    let caller = caller(&ignite, &headers).await?;
    let containers = containers(&ignite, &caller.org).await?;
    let pending = ignite.store.count_running_jobs(&caller.org).await?;
    Ok(Json(json!({"containers": containers, "pending": {"offchain": pending, "onchain": 0}})).into_response())
}

/// A validated JobRequest: the apps to run (with their active versions) and the input.
struct Plan {
    steps: Vec<(String, FunctionId, u32)>,
    data: Bytes,
}

async fn plan(ignite: &Ignite, caller: &Caller, request: &Value) -> Result<Plan, JobError> {
    let Some(object) = request.as_object() else {
        return Err(JobError::bad("a JobRequest is a JSON object {containers, data}", None));
    };
    let containers = match object.get("containers") {
        Some(Value::Array(items)) if !items.is_empty() => items,
        _ => return Err(JobError::bad("containers must be a non-empty array of container ids", None)),
    };
    let data = match object.get("data") {
        Some(d @ Value::Object(_)) => d,
        _ => return Err(JobError::bad("data must be a JSON object", None)),
    };
    let mut steps = Vec::new();
    for item in containers {
        let Some(name) = item.as_str() else {
            return Err(JobError::bad("containers must be strings", Some(json!({"container": item}))));
        };
        let unsupported = || JobError::bad("Container not supported", Some(json!({"container": name})));
        let id = FunctionId::from_parts(&caller.org, name).map_err(|_| unsupported())?;
        match ignite.store.get_app(&caller.org, name).await? {
            Some(app) if app.config.jobs_enabled && app.active_version > 0 => {
                steps.push((name.to_string(), id, app.active_version));
            }
            _ => return Err(unsupported()),
        }
    }
    Ok(Plan { steps, data: Bytes::from(data.to_string()) })
}

/// The output of a step as a JSON value (its body parsed, or the text as a string).
fn output_value(bytes: &[u8]) -> Value {
    serde_json::from_slice(bytes).unwrap_or_else(|_| Value::String(String::from_utf8_lossy(bytes).into_owned()))
}

impl Ignite {
    fn new_job(&self, caller: &Caller, plan: &Plan) -> JobRow {
        JobRow {
            id: uuid::Uuid::new_v4().to_string(),
            org: caller.org.clone(),
            client: caller.token_id.clone(),
            containers: plan.steps.iter().map(|(n, ..)| n.clone()).collect(),
            status: "running".into(),
            result: None,
            intermediate: Vec::new(),
            created_at_ms: now_ms(),
            finished_at_ms: None,
        }
    }

    /// Runs the chain, recording each step; `tap` gets the last step's output as it
    /// streams.
    async fn run_job(self: Arc<Self>, mut job: JobRow, plan: Plan, tap: Option<tokio::sync::mpsc::Sender<Bytes>>) {
        let mut input = plan.data;
        let last = plan.steps.len() - 1;
        let mut tap = tap;
        for (i, (name, id, version)) in plan.steps.into_iter().enumerate() {
            let step_tap = if i == last { tap.take() } else { None };
            let outcome = self.execute_version(&id, version, v1::ExecutionKind::Job, input.clone(), step_tap).await;
            let result = match outcome {
                Ok(row) => {
                    let e = &row.execution;
                    let output = self.execution_output(e).await.unwrap_or_default();
                    if e.status == v1::ExecutionStatus::Succeeded as i32 && e.http_status < 400 {
                        input = Bytes::from(output.clone());
                        Ok(json!({"container": name, "output": output_value(&output)}))
                    } else {
                        let error = if e.error.is_empty() {
                            String::from_utf8_lossy(&output).into_owned()
                        } else {
                            e.error.clone()
                        };
                        Err(json!({"container": name, "error": error}))
                    }
                }
                Err(e) => Err(json!({"container": name, "error": e.message()})),
            };
            let failed = result.is_err();
            let value = result.unwrap_or_else(|e| e);
            job.intermediate.push(value.clone());
            job.result = Some(value);
            if failed {
                job.status = "failed".into();
                break;
            }
            if i < last
                && let Err(e) = self.store.put_job(&job).await
            {
                tracing::warn!(job = %job.id, "recording a job step failed: {e}");
            }
        }
        if job.status == "running" {
            job.status = "success".into();
        }
        job.finished_at_ms = Some(now_ms());
        if let Err(e) = self.store.put_job(&job).await {
            tracing::error!(job = %job.id, "recording a finished job failed: {e}");
        }
    }

    /// Validates and starts one job; returns its id.
    async fn submit(self: &Arc<Self>, caller: &Caller, request: &Value) -> Result<String, JobError> {
        let plan = plan(self, caller, request).await?;
        let job = self.new_job(caller, &plan);
        self.store.put_job(&job).await?;
        let id = job.id.clone();
        tokio::spawn(self.clone().run_job(job, plan, None));
        Ok(id)
    }
}

/// The body as JSON, or a 400 that says why not.
fn parse(body: &Bytes) -> Result<Value, JobError> {
    serde_json::from_slice(body).map_err(|e| JobError::bad(format!("the body is not valid JSON: {e}"), None))
}

async fn create(State(ignite): State<Arc<Ignite>>, headers: HeaderMap, body: Bytes) -> Reply {
    let caller = caller(&ignite, &headers).await?;
    let id = ignite.submit(&caller, &parse(&body)?).await?;
    Ok(Json(json!({"id": id})).into_response())
}

/// Job requests in one batch (each is checked and started before the answer).
pub const MAX_BATCH: usize = 100;

async fn batch(State(ignite): State<Arc<Ignite>>, headers: HeaderMap, body: Bytes) -> Reply {
    let caller = caller(&ignite, &headers).await?;
    let Value::Array(requests) = parse(&body)? else {
        return Err(JobError::bad("the body must be an array of JobRequest", None));
    };
    if requests.len() > MAX_BATCH {
        return Err(JobError::bad(
            format!("a batch holds at most {MAX_BATCH} job requests, not {}", requests.len()),
            None,
        ));
    }
    let mut out = Vec::with_capacity(requests.len());
    for request in &requests {
        out.push(match ignite.submit(&caller, request).await {
            Ok(id) => json!({"id": id}),
            Err(e) => e.body(),
        });
    }
    Ok(Json(Value::Array(out)).into_response())
}

fn flag(value: Option<&String>, name: &str) -> Result<Option<bool>, JobError> {
    match value.map(String::as_str) {
        None => Ok(None),
        Some("true") | Some("1") => Ok(Some(true)),
        Some("false") | Some("0") => Ok(Some(false)),
        Some(other) => Err(JobError::bad(format!("{name} must be true or false, not {other:?}"), None)),
    }
}

async fn fetch(
    State(ignite): State<Arc<Ignite>>,
    headers: HeaderMap,
    Query(query): Query<Vec<(String, String)>>,
) -> Reply {
    let caller = caller(&ignite, &headers).await?;
    let ids: Vec<String> = query.iter().filter(|(k, _)| k == "id").map(|(_, v)| v.clone()).collect();
    let value = |name: &str| query.iter().rev().find(|(k, _)| k == name).map(|(_, v)| v);
    if ids.is_empty() {
        let pending = flag(value("pending"), "pending")?;
        let list = ignite.store.list_jobs(&caller.org, &caller.token_id, pending).await?;
        return Ok(Json(list).into_response());
    }
    for id in &ids {
        if uuid::Uuid::parse_str(id).is_err() {
            return Err(JobError::bad("id must be a job UUID", Some(json!({"id": id}))));
        }
    }
    let intermediate = flag(value("intermediate"), "intermediate")?.unwrap_or(false);
    let jobs = ignite.store.get_jobs(&caller.org, &ids).await?;
    let results: Vec<Value> = jobs
        .into_iter()
        .map(|j| {
            let mut r = json!({"id": j.id, "status": j.status, "result": j.result});
            if intermediate {
                r["intermediate_results"] = Value::Array(j.intermediate);
            }
            r
        })
        .collect();
    Ok(Json(results).into_response())
}

/// One job; the response is the job id on the first line, then the last container's
/// output as it streams.
async fn stream(State(ignite): State<Arc<Ignite>>, headers: HeaderMap, body: Bytes) -> Reply {
    let caller = caller(&ignite, &headers).await?;
    let request = parse(&body)?;
    let plan = plan(&ignite, &caller, &request).await?;
    let job = ignite.new_job(&caller, &plan);
    ignite.store.put_job(&job).await?;
    let (tx, rx) = tokio::sync::mpsc::channel::<Bytes>(16);
    let first = Bytes::from(format!("{}\n", job.id));
    tokio::spawn(ignite.clone().run_job(job, plan, Some(tx)));
    let rest = futures::stream::unfold(rx, |mut rx| async move { rx.recv().await.map(|c| (c, rx)) });
    let body = futures::StreamExt::map(
        futures::StreamExt::chain(futures::stream::once(async { first }), rest),
        Ok::<_, std::io::Error>,
    );
    Ok(([(axum::http::header::CONTENT_TYPE, "text/plain; charset=utf-8")], axum::body::Body::from_stream(body))
        .into_response())
}
