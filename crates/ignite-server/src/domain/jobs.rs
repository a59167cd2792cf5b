//! The jobs of the jobs API, compatible with the Infernet node REST API: `GET /health`,
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

use bytes::Bytes;
use ignite_core::Error;
use ignite_core::app::{ExecutionKind, ExecutionStatus};
use ignite_core::function_id::FunctionId;
use ignite_core::runtime::now_ms;
use serde_json::{Value, json};

use crate::auth::Caller;
use crate::domain::executions::Executions;
use crate::store::{JobRow, Store};

pub const RESTART_REASON: &str = "the server stopped while the job was running; it was not re-run";

/// Job requests in one batch (each is checked and started before the answer).
pub const MAX_BATCH: usize = 100;

/// Why a job was not started.
#[derive(Debug, thiserror::Error)]
pub enum JobError {
    /// The request is malformed or names a container that is not served:
    /// Infernet's `{"error", "params"?}`.
    #[error("{error}")]
    Refused { error: String, params: Option<Value> },
    #[error(transparent)]
    Failed(#[from] Error),
}

impl JobError {
    fn bad(error: impl Into<String>, params: Option<Value>) -> Self {
        JobError::Refused { error: error.into(), params }
    }
}

pub struct Jobs {
    /// This server, recorded on the jobs it runs (servers sharing the store).
    owner: Option<String>,
    store: Arc<dyn Store>,
    executions: Arc<Executions>,
}

impl Jobs {
    pub fn new(store: Arc<dyn Store>, executions: Arc<Executions>, owner: Option<String>) -> Self {
        Jobs { store, executions, owner }
    }

    /// A container as `/info` shows it.
    pub async fn containers(&self, org: &str) -> Result<Vec<Value>, Error> {
        let mut out = Vec::new();
        let mut after: Option<(String, String)> = None;
        loop {
            let page = self
                .store
                .list_apps(Some(org), Default::default(), after.as_ref().map(|(o, n)| (o.as_str(), n.as_str())), 500)
                .await?;
            let Some(last) = page.last() else { break };
            after = Some((last.org.clone(), last.name.clone()));
            for app in page.iter().filter(|a| a.config.jobs_enabled && a.active_version > 0) {
                let runtime = match self.store.get_version(&app.org, &app.name, app.active_version).await? {
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

    /// Jobs of `org` still running.
    pub async fn pending(&self, org: &str) -> Result<u64, Error> {
        self.store.count_running_jobs(org).await
    }

    /// Ids of the jobs the caller's token created, oldest first.
    pub async fn list(&self, caller: &Caller, pending: Option<bool>) -> Result<Vec<String>, Error> {
        self.store.list_jobs(&caller.org, &caller.token_id, pending).await
    }

    /// The caller's jobs among `ids`.
    pub async fn get(&self, caller: &Caller, ids: &[String]) -> Result<Vec<JobRow>, Error> {
        self.store.get_jobs(&caller.org, ids).await
    }

    async fn plan(&self, caller: &Caller, request: &Value) -> Result<Plan, JobError> {
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
            match self.store.get_app(&caller.org, name).await? {
                Some(app) if app.config.jobs_enabled && app.active_version > 0 => {
                    steps.push((name.to_string(), id, app.active_version));
                }
                _ => return Err(unsupported()),
            }
        }
        Ok(Plan { steps, data: Bytes::from(data.to_string()) })
    }

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
            owner: self.owner.clone(),
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
            let outcome =
                self.executions.execute_version(&id, version, ExecutionKind::Job, input.clone(), step_tap).await;
            let result = match outcome {
                Ok(row) => {
                    let e = &row.execution;
                    let output = self.executions.execution_output(e).await.unwrap_or_default();
                    if e.status == ExecutionStatus::Succeeded && e.http_status < 400 {
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
    pub async fn submit(self: &Arc<Self>, caller: &Caller, request: &Value) -> Result<String, JobError> {
        self.start(caller, request, None).await
    }

    /// Starts one job whose last step's output streams: its id, and the output's chunks.
    pub async fn start_streamed(
        self: &Arc<Self>,
        caller: &Caller,
        request: &Value,
    ) -> Result<(String, tokio::sync::mpsc::Receiver<Bytes>), JobError> {
        let (tx, rx) = tokio::sync::mpsc::channel::<Bytes>(16);
        Ok((self.start(caller, request, Some(tx)).await?, rx))
    }

    /// Validates a job, records it and runs it in the background; `tap` gets the last
    /// step's output as it streams.
    async fn start(
        self: &Arc<Self>,
        caller: &Caller,
        request: &Value,
        tap: Option<tokio::sync::mpsc::Sender<Bytes>>,
    ) -> Result<String, JobError> {
        let plan = self.plan(caller, request).await?;
        let job = self.new_job(caller, &plan);
        self.store.put_job(&job).await?;
        let id = job.id.clone();
        tokio::spawn(self.clone().run_job(job, plan, tap));
        Ok(id)
    }
}

/// A validated JobRequest: the apps to run (with their active versions) and the input.
struct Plan {
    steps: Vec<(String, FunctionId, u32)>,
    data: Bytes,
}

/// The output of a step as a JSON value (its body parsed, or the text as a string).
fn output_value(bytes: &[u8]) -> Value {
    serde_json::from_slice(bytes).unwrap_or_else(|_| Value::String(String::from_utf8_lossy(bytes).into_owned()))
}
