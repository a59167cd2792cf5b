//! The jobs API, compatible with the Infernet node REST API: `GET /health`,
//! `GET /info`, `POST /api/jobs`, `POST /api/jobs/batch`, `GET /api/jobs`,
//! `POST /api/jobs/stream`, on the main HTTP listener.
//!
//! The HTTP side is here; the jobs themselves are [`crate::domain::jobs`]. A job runs
//! a chain of "containers": published apps of the caller's organization
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
//!
//! The real Infernet client (`infernet_client.NodeClient`) sends no Authorization
//! header, so an operator may also serve these routes on a listener of their own for
//! one organization ([`open_router`], `--jobs-org`): no token there, but only clients
//! from allowed addresses (loopback by default), each rate-limited as a token is, and
//! a client is its address.

use std::net::SocketAddr;
use std::sync::Arc;

use axum::Json;
use axum::extract::{ConnectInfo, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use ipnet::IpNet;
use serde_json::{Value, json};

use crate::auth::Caller;
use crate::domain::Services;
use crate::domain::jobs::{JobError, MAX_BATCH};

/// An Infernet-style error: `{"error", "params"?}` with its status.
struct JobReply {
    status: StatusCode,
    error: String,
    params: Option<Value>,
}

impl JobReply {
    fn bad(error: impl Into<String>, params: Option<Value>) -> Self {
        JobReply { status: StatusCode::BAD_REQUEST, error: error.into(), params }
    }

    fn body(&self) -> Value {
        match &self.params {
            Some(p) => json!({"error": self.error, "params": p}),
            None => json!({"error": self.error}),
        }
    }
}

impl From<ignite_core::Error> for JobReply {
    fn from(e: ignite_core::Error) -> Self {
        JobReply {
            status: StatusCode::from_u16(e.code().http_status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
            error: e.message().to_string(),
            params: None,
        }
    }
}

impl From<JobError> for JobReply {
    fn from(e: JobError) -> Self {
        match e {
            JobError::Refused { error, params } => JobReply::bad(error, params),
            JobError::Failed(e) => e.into(),
        }
    }
}

impl IntoResponse for JobReply {
    fn into_response(self) -> Response {
        (self.status, Json(self.body())).into_response()
    }
}

type Reply = Result<Response, JobReply>;

/// Who a jobs request acts for.
#[derive(Clone)]
enum Access {
    /// The organization's bearer token (the main listener).
    Token,
    /// No Authorization: every request acts for `org`, if it comes from an address in
    /// `allow` (the Infernet listener).
    Open { org: String, allow: Arc<[IpNet]> },
}

#[derive(Clone)]
struct Jobs {
    services: Arc<Services>,
    access: Access,
}

impl Jobs {
    async fn caller(&self, headers: &HeaderMap, peer: SocketAddr) -> Result<Caller, JobReply> {
        match &self.access {
            Access::Token => Ok(self.services.auth.caller_of(headers).await?),
            Access::Open { org, allow } => {
                let ip = peer.ip().to_canonical();
                if !allow.iter().any(|net| net.contains(&ip)) {
                    return Err(JobReply {
                        status: StatusCode::FORBIDDEN,
                        error: format!("{ip} may not use this jobs listener (--jobs-allow)"),
                        params: None,
                    });
                }
                // A client is its address: its rate and its job list.
                let caller = Caller { org: org.clone(), token_id: format!("address:{ip}") };
                self.services.auth.admit(&caller).await?;
                Ok(caller)
            }
        }
    }
}

/// The jobs API on the main listener: the organization's bearer token.
pub fn router(services: Arc<Services>) -> axum::Router {
    routes(Jobs { services, access: Access::Token })
}

/// The jobs API for one organization without Authorization, for clients from `allow`
/// (an operator's `--jobs-org` listener).
pub fn open_router(services: Arc<Services>, org: String, allow: Vec<IpNet>) -> axum::Router {
    routes(Jobs { services, access: Access::Open { org, allow: allow.into() } })
}

fn routes(jobs: Jobs) -> axum::Router {
    axum::Router::new()
        .route("/health", axum::routing::get(|| async { Json(json!({"status": "healthy"})) }))
        .route("/info", axum::routing::get(info))
        .route("/api/jobs", axum::routing::post(create).get(fetch))
        .route("/api/jobs/batch", axum::routing::post(batch))
        .route("/api/jobs/stream", axum::routing::post(stream))
        .with_state(jobs)
}

type Peer = ConnectInfo<SocketAddr>;

async fn info(State(jobs): State<Jobs>, ConnectInfo(peer): Peer, headers: HeaderMap) -> Reply {
    let caller = jobs.caller(&headers, peer).await?;
    let containers = jobs.services.jobs.containers(&caller.org).await?;
    let pending = jobs.services.jobs.pending(&caller.org).await?;
    Ok(Json(json!({
        "version": env!("CARGO_PKG_VERSION"),
        "chain": {"address": "", "enabled": false},
        "containers": containers,
        "pending": {"offchain": pending, "onchain": 0},
    }))
    .into_response())
}

/// The body as JSON, or a 400 that says why not.
fn parse(body: &Bytes) -> Result<Value, JobReply> {
    serde_json::from_slice(body).map_err(|e| JobReply::bad(format!("the body is not valid JSON: {e}"), None))
}

async fn create(State(jobs): State<Jobs>, ConnectInfo(peer): Peer, headers: HeaderMap, body: Bytes) -> Reply {
    let caller = jobs.caller(&headers, peer).await?;
    let id = jobs.services.jobs.submit(&caller, &parse(&body)?).await?;
    Ok(Json(json!({"id": id})).into_response())
}

async fn batch(State(jobs): State<Jobs>, ConnectInfo(peer): Peer, headers: HeaderMap, body: Bytes) -> Reply {
    let caller = jobs.caller(&headers, peer).await?;
    let Value::Array(requests) = parse(&body)? else {
        return Err(JobReply::bad("the body must be an array of JobRequest", None));
    };
    if requests.len() > MAX_BATCH {
        return Err(JobReply::bad(
            format!("a batch holds at most {MAX_BATCH} job requests, not {}", requests.len()),
            None,
        ));
    }
    let mut out = Vec::with_capacity(requests.len());
    for request in &requests {
        out.push(match jobs.services.jobs.submit(&caller, request).await {
            Ok(id) => json!({"id": id}),
            Err(e) => JobReply::from(e).body(),
        });
    }
    Ok(Json(Value::Array(out)).into_response())
}

fn flag(value: Option<&String>, name: &str) -> Result<Option<bool>, JobReply> {
    match value.map(String::as_str) {
        None => Ok(None),
        Some("true") | Some("1") => Ok(Some(true)),
        Some("false") | Some("0") => Ok(Some(false)),
        Some(other) => Err(JobReply::bad(format!("{name} must be true or false, not {other:?}"), None)),
    }
}

async fn fetch(
    State(jobs): State<Jobs>,
    ConnectInfo(peer): Peer,
    headers: HeaderMap,
    Query(query): Query<Vec<(String, String)>>,
) -> Reply {
    let caller = jobs.caller(&headers, peer).await?;
    let services = &jobs.services;
    let ids: Vec<String> = query.iter().filter(|(k, _)| k == "id").map(|(_, v)| v.clone()).collect();
    let value = |name: &str| query.iter().rev().find(|(k, _)| k == name).map(|(_, v)| v);
    if ids.is_empty() {
        let pending = flag(value("pending"), "pending")?;
        let list = services.jobs.list(&caller, pending).await?;
        return Ok(Json(list).into_response());
    }
    for id in &ids {
        if uuid::Uuid::parse_str(id).is_err() {
            return Err(JobReply::bad("id must be a job UUID", Some(json!({"id": id}))));
        }
    }
    let intermediate = flag(value("intermediate"), "intermediate")?.unwrap_or(false);
    let jobs = services.jobs.get(&caller, &ids).await?;
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
async fn stream(State(jobs): State<Jobs>, ConnectInfo(peer): Peer, headers: HeaderMap, body: Bytes) -> Reply {
    let caller = jobs.caller(&headers, peer).await?;
    let request = parse(&body)?;
    let (id, rx) = jobs.services.jobs.start_streamed(&caller, &request).await?;
    let first = Bytes::from(format!("{id}\n"));
    let rest = futures::stream::unfold(rx, |mut rx| async move { rx.recv().await.map(|c| (c, rx)) });
    let body = futures::StreamExt::map(
        futures::StreamExt::chain(futures::stream::once(async { first }), rest),
        Ok::<_, std::io::Error>,
    );
    Ok(([(axum::http::header::CONTENT_TYPE, "text/plain; charset=utf-8")], axum::body::Body::from_stream(body))
        .into_response())
}
