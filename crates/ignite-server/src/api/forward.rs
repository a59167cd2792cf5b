//! The API role (`--role api`): a call that runs tenants' code is forwarded to a
//! worker, whole (method, path, headers with the caller's own credentials, body,
//! trailers): the worker authenticates the caller again from the shared store, so no
//! server trusts another's word for who calls.
//!
//! Forwarded: Invoke, TestDraft, CompileDraft, PublishDraft (it may compile),
//! StreamCompileLogs and GetBuildLog while the compile runs (its live log is on its
//! worker; a finished compile's log is read here from the store),
//! ListAppReplicas (of the worker serving the app), InvokeAsync with streamed input and
//! StreamExecutionInput (to the worker running that execution), app hosts and MCP.
//! (A job is driven here: its steps are queued executions that workers claim.) The worker for an app is the one rendezvous hashing of (app, version)
//! picks among the live workers (`domain::cluster`), so warm instances are reused.
//! Everything else (lifecycle, reads, queued executions) is served here.
//!
//! A worker that cannot be reached, or dies mid-call, fails the call with UNAVAILABLE
//! and is passed over by the next calls (until the store says it is alive again).

use std::sync::Arc;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::response::Response;
use bytes::{Buf, Bytes, BytesMut};
use futures::StreamExt;
use http::{HeaderValue, header};
use http_body_util::BodyExt;
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioExecutor;
use ignite_core::Error;
use ignite_proto::http::{Resolved, Route, resolve};
use prost_reflect::{DynamicMessage, Value};
use sha2::Digest;

use crate::api::gateway::read_body;
use crate::api::host_routing::{host_of, is_app_host};
use crate::api::response::error_response;
use crate::domain::Services;
use crate::domain::cluster::NodeRow;

/// RPCs that run on the worker of their app.
const FORWARDED_RPCS: &[&str] =
    &["Invoke", "TestDraft", "CompileDraft", "PublishDraft", "ListAppReplicas", "StreamCompileLogs", "GetBuildLog"];
const GRPC_PREFIX: &str = "/dodil.ignite.v1.ComputeService/";

pub struct Forwarder {
    services: Arc<Services>,
    routes: Vec<Route>,
    /// HTTP/1 to workers (the gateway, app hosts, jobs, MCP).
    http1: Client<HttpConnector, Body>,
    /// HTTP/2 to workers (gRPC).
    http2: Client<HttpConnector, Body>,
    max_body_bytes: usize,
}

/// Where a request goes.
enum Placement {
    /// Served here.
    Here,
    /// To the worker of this key (rendezvous).
    Keyed(String),
    /// To the node running this execution.
    Execution(String),
    /// To the node running this compile (its live log), if one does; else here (the
    /// stored log).
    Compile(String),
    /// To this node.
    Node(NodeRow),
}

impl Forwarder {
    pub fn new(services: Arc<Services>, max_body_bytes: usize) -> Self {
        let http1 = Client::builder(TokioExecutor::new()).build_http();
        let http2 = Client::builder(TokioExecutor::new()).http2_only(true).build_http();
        Forwarder { services, routes: ignite_proto::http::routes(), http1, http2, max_body_bytes }
    }

    fn route_of_rpc(&self, rpc: &str) -> Option<&Route> {
        self.routes.iter().find(|r| r.rpc == rpc)
    }

    /// Where the call of `rpc` with this request goes.
    fn place(rpc: &str, request: &Facts) -> Placement {
        let app_key = || format!("{}/{}@{}", request.org, request.app, request.version);
        match rpc {
            "StreamExecutionInput" => Placement::Execution(request.execution_id.clone()),
            "StreamCompileLogs" | "GetBuildLog" => Placement::Compile(request.build.clone()),
            "InvokeAsync" if request.streamed_input => Placement::Keyed(app_key()),
            rpc if FORWARDED_RPCS.contains(&rpc) => Placement::Keyed(app_key()),
            _ => Placement::Here,
        }
    }
}

/// What placement reads of a request message.
#[derive(Debug, Default)]
struct Facts {
    org: String,
    app: String,
    version: u32,
    streamed_input: bool,
    execution_id: String,
    /// A compile's deploy_id (or an image build's build_id).
    build: String,
}

impl Facts {
    fn of_message(message: &DynamicMessage) -> Facts {
        let text = |name: &str| match message.get_field_by_name(name).as_deref() {
            Some(Value::String(s)) => s.clone(),
            _ => String::new(),
        };
        Facts {
            org: text("organization_name"),
            app: text("app_name"),
            version: match message.get_field_by_name("version").as_deref() {
                Some(Value::U32(v)) => *v,
                _ => 0,
            },
            streamed_input: matches!(message.get_field_by_name("streamed_input").as_deref(), Some(Value::Bool(true))),
            execution_id: text("execution_id"),
            build: [text("deploy_id"), text("build_id")].concat(),
        }
    }

    /// From the JSON form of a request (path parameters under their proto names, the
    /// body's fields under either name).
    fn of_json(json: &serde_json::Value) -> Facts {
        let field = |proto: &str, camel: &str| if json[proto].is_null() { &json[camel] } else { &json[proto] };
        let text = |proto: &str, camel: &str| field(proto, camel).as_str().unwrap_or_default().to_string();
        let version = field("version", "version");
        Facts {
            org: text("organization_name", "organizationName"),
            app: text("app_name", "appName"),
            version: version.as_u64().or_else(|| version.as_str()?.parse().ok()).unwrap_or(0) as u32,
            streamed_input: field("streamed_input", "streamedInput").as_bool().unwrap_or(false),
            execution_id: text("execution_id", "executionId"),
            build: [text("deploy_id", "deployId"), text("build_id", "buildId")].concat(),
        }
    }
}

/// Middleware in front of everything on an API server.
pub async fn forward_engine_calls(
    State(fw): State<Arc<Forwarder>>,
    req: Request,
    next: axum::middleware::Next,
) -> Response {
    let grpc = is_grpc(&req);
    let classified = match classify(&fw, req).await {
        // A compile's live log is on its worker; a finished one's is stored.
        Ok((Placement::Compile(deploy_id), req)) => match fw.services.cluster.compiling(&deploy_id).await {
            Ok(Some(node)) => Ok((Placement::Node(node), req)),
            Ok(None) => Ok((Placement::Here, req)),
            Err(e) => Err(e),
        },
        other => other,
    };
    match classified {
        Ok((Placement::Here, req)) => next.run(req).await,
        Ok((placement, req)) => match forward(&fw, placement, req, grpc).await {
            Ok(response) => response,
            Err(e) => error_for(&e, grpc),
        },
        Err(e) => error_for(&e, grpc),
    }
}

fn is_grpc(req: &Request) -> bool {
    req.headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/grpc"))
}

fn error_for(e: &Error, grpc: bool) -> Response {
    if grpc { ignite_proto::convert::status_from_error(e).into_http() } else { error_response(e) }
}

/// Decides where `req` goes; a body read to decide is put back.
async fn classify(fw: &Forwarder, req: Request) -> Result<(Placement, Request), Error> {
    let path = req.uri().path().to_string();
    if let Some(host) = host_of(req.uri(), req.headers())
        && is_app_host(&host, &fw.services.base_domain)
    {
        authenticated(fw, req.headers()).await?;
        let host = host.split(':').next().unwrap_or(&host).to_ascii_lowercase();
        return Ok((Placement::Keyed(host), req));
    }
    if path.starts_with("/mcp") {
        // A client's MCP session stays on one worker: keyed by its credentials.
        authenticated(fw, req.headers()).await?;
        let key = req.headers().get(header::AUTHORIZATION).and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
        let digest = sha2::Sha256::digest(key.as_bytes());
        return Ok((Placement::Keyed(format!("client:{}", hex::encode(digest))), req));
    }
    if let Some(rpc) = path.strip_prefix(GRPC_PREFIX) {
        let rpc = rpc.to_string();
        let Some(route) = fw.route_of_rpc(&rpc) else { return Ok((Placement::Here, req)) };
        if rpc != "StreamExecutionInput" && rpc != "InvokeAsync" && !FORWARDED_RPCS.contains(&rpc.as_str()) {
            return Ok((Placement::Here, req));
        }
        authenticated(fw, req.headers()).await?;
        let (parts, body) = req.into_parts();
        // The first message decides (the only one, but for StreamExecutionInput).
        let (first, rest) = first_grpc_message(body, fw.max_body_bytes).await?;
        let message = DynamicMessage::decode(route.input.clone(), grpc_payload(&first))
            .map_err(|e| Error::invalid_argument("message", format!("undecodable {rpc} request: {e}")))?;
        let placement = Forwarder::place(&rpc, &Facts::of_message(&message));
        let body = Body::from_stream(futures::stream::iter([Ok::<_, axum::Error>(first)]).chain(rest));
        return Ok((placement, Request::from_parts(parts, body)));
    }
    let route = match resolve(&fw.routes, req.method(), &path) {
        Resolved::Found(route, params) => (route, params),
        _ => return Ok((Placement::Here, req)),
    };
    let (route, params) = route;
    if route.rpc != "InvokeAsync" && !FORWARDED_RPCS.contains(&route.rpc.as_str()) {
        return Ok((Placement::Here, req));
    }
    authenticated(fw, req.headers()).await?;
    let (parts, body) = req.into_parts();
    let bytes = read_body(body, fw.max_body_bytes).await?;
    let json = ignite_proto::http::request_json(route, &params, parts.uri.query().unwrap_or(""), &bytes)?;
    Ok((Forwarder::place(&route.rpc, &Facts::of_json(&json)), Request::from_parts(parts, Body::from(bytes))))
}

/// Who calls, before a body is read (an anonymous client sends nothing big); not
/// counted against the rate here: the server that serves the call counts it.
async fn authenticated(fw: &Forwarder, headers: &http::HeaderMap) -> Result<(), Error> {
    let header = headers.get(header::AUTHORIZATION).and_then(|v| v.to_str().ok());
    fw.services.auth.caller(header).await.map(drop)
}

type RestOfBody = futures::stream::BoxStream<'static, Result<Bytes, axum::Error>>;

/// The first gRPC message of `body` (its 5-byte frame header included), and the rest.
async fn first_grpc_message(body: Body, limit: usize) -> Result<(Bytes, RestOfBody), Error> {
    let mut stream = body.into_data_stream();
    let mut buf = BytesMut::new();
    loop {
        if buf.len() >= 5 {
            let len = u32::from_be_bytes([buf[1], buf[2], buf[3], buf[4]]) as usize;
            if len > limit {
                return Err(Error::resource_exhausted(format!("a message is larger than {limit} bytes")));
            }
            if buf.len() >= 5 + len {
                let first = buf.split_to(5 + len).freeze();
                let leftover = buf.freeze();
                let rest = futures::stream::iter((!leftover.is_empty()).then_some(Ok(leftover))).chain(stream).boxed();
                return Ok((first, rest));
            }
        }
        match stream.next().await {
            Some(Ok(chunk)) => buf.extend_from_slice(&chunk),
            Some(Err(e)) => return Err(Error::invalid_argument("body", format!("reading the request: {e}"))),
            None => return Err(Error::invalid_argument("message", "the request ended before its first message")),
        }
    }
}

fn grpc_payload(frame: &Bytes) -> Bytes {
    let mut payload = frame.clone();
    payload.advance(5.min(payload.len()));
    payload
}

async fn forward(fw: &Forwarder, placement: Placement, req: Request, grpc: bool) -> Result<Response, Error> {
    let cluster = &fw.services.cluster;
    let worker = match placement {
        Placement::Here => unreachable!("served here"),
        Placement::Keyed(key) => cluster.worker_for_key(&key).await?,
        Placement::Execution(id) => cluster.worker_running(&id).await?,
        Placement::Node(node) => node,
        Placement::Compile(_) => unreachable!("resolved by forward_engine_calls"),
    };
    let (mut parts, body) = req.into_parts();
    let path = parts.uri.path_and_query().map(|p| p.as_str()).unwrap_or("/").to_string();
    let host = host_of(&parts.uri, &parts.headers);
    parts.uri = format!("http://{}{path}", worker.address)
        .parse()
        .map_err(|e| Error::internal(format!("worker address {:?}: {e}", worker.address)))?;
    // The worker routes app hosts by the host the caller named.
    if let Some(host) = host
        && let Ok(value) = HeaderValue::from_str(&host)
    {
        parts.headers.insert(header::HOST, value);
    }
    for hop in ["connection", "keep-alive", "proxy-connection", "transfer-encoding", "upgrade"] {
        parts.headers.remove(hop);
    }
    let client = if grpc { &fw.http2 } else { &fw.http1 };
    let response = client.request(Request::from_parts(parts, body)).await.map_err(|e| {
        cluster.suspect(&worker.id);
        Error::unavailable(format!("worker {} ({}) did not answer: {e}", worker.id, worker.address))
    })?;
    let (parts, body) = response.into_parts();
    let worker_id = worker.id.clone();
    let suspect = fw.services.cluster.clone();
    // A body cut by the worker's death ends the call with UNAVAILABLE (gRPC: in the
    // trailers).
    let frames = futures::stream::unfold(Some(body), move |state| {
        let worker_id = worker_id.clone();
        let suspect = suspect.clone();
        async move {
            let mut body = state?;
            match body.frame().await {
                Some(Ok(frame)) => Some((Ok::<_, std::convert::Infallible>(frame), Some(body))),
                None => None,
                Some(Err(e)) => {
                    suspect.suspect(&worker_id);
                    if !grpc {
                        return None;
                    }
                    let mut trailers = http::HeaderMap::new();
                    trailers.insert("grpc-status", HeaderValue::from_static("14"));
                    if let Ok(message) = HeaderValue::from_str(&format!("the worker {worker_id} stopped mid-call: {e}"))
                    {
                        trailers.insert("grpc-message", message);
                    }
                    Some((Ok(http_body::Frame::trailers(trailers)), None))
                }
            }
        }
    });
    Ok(Response::from_parts(parts, Body::new(http_body_util::StreamBody::new(frames))))
}
