//! Direct invocation by host: a request whose Host is `<app>-<org>[-<port>].<base>`
//! goes to the app's active version. Method, path, query and body are forwarded
//! verbatim; the guest's raw response comes back (no envelope). The caller's
//! `Authorization` is not forwarded; `x-ignite-*` headers are set by the platform and
//! replace any the caller sent. No Execution record is created.

use std::sync::Arc;

use axum::body::Body as AxumBody;
use axum::extract::{Request, State};
use axum::response::{IntoResponse, Response};
use futures::StreamExt;
use http::{HeaderName, HeaderValue, StatusCode, header};
use ignite_core::runtime::{HEADER_EXECUTION_ID, RequestHead};
use ignite_core::{Code, Error};

use crate::api::gateway::read_body;
use crate::api::response::error_response;
use crate::domain::Services;
use crate::domain::invoke::HostCall;

/// What the app-host middleware needs.
pub struct HostRouting {
    pub services: Arc<Services>,
    pub max_body_bytes: usize,
}

/// Whether a header stays at the gateway: hop-by-hop ones, and the caller's platform
/// credentials (the app never sees them).
fn not_forwarded(name: &str) -> bool {
    ignite_core::runtime::is_hop_by_hop(name) || name.eq_ignore_ascii_case("authorization")
}

/// The host of a request (HTTP/1 Host header or HTTP/2 authority).
pub fn host_of(uri: &http::Uri, headers: &http::HeaderMap) -> Option<String> {
    headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .map(str::to_string)
        .or_else(|| uri.host().map(str::to_string))
}

/// Whether `host` is under the base domain (and so is a direct invocation).
pub fn is_app_host(host: &str, base_domain: &str) -> bool {
    let host = host.split(':').next().unwrap_or(host).trim_end_matches('.').to_ascii_lowercase();
    host.ends_with(&format!(".{}", base_domain.trim_end_matches('.').to_ascii_lowercase()))
}

/// Middleware in front of every route: a request to a FunctionId host is a direct
/// invocation of that app, whatever its path (even one the API itself serves).
pub async fn route_app_hosts(
    State(routing): State<Arc<HostRouting>>,
    req: Request,
    next: axum::middleware::Next,
) -> Response {
    let host = host_of(req.uri(), req.headers());
    match host {
        Some(host) if is_app_host(&host, &routing.services.base_domain) => {
            match call_host(&routing, &host, req).await {
                Ok(response) => response,
                Err(e) => error_response(&e),
            }
        }
        _ => next.run(req).await,
    }
}

async fn call_host(routing: &HostRouting, host: &str, req: Request) -> Result<Response, Error> {
    // Who calls, before the body is read: an anonymous client sends nothing big.
    let caller = routing.services.auth.caller_of(req.headers()).await?;
    let (parts, body) = req.into_parts();
    let body = read_body(body, routing.max_body_bytes).await?;
    let head = RequestHead {
        method: parts.method.as_str().to_string(),
        path: parts.uri.path().to_string(),
        query: parts.uri.query().unwrap_or("").to_string(),
        headers: parts
            .headers
            .iter()
            .filter(|(n, _)| !not_forwarded(n.as_str()))
            .filter_map(|(n, v)| Some((n.as_str().to_string(), v.to_str().ok()?.to_string())))
            .collect(),
    };
    let HostCall { execution_id, outcome } = routing.services.invoke.call_host(&caller, host, head, body).await?;
    let exec_header = HeaderValue::from_str(&execution_id).map_err(|e| Error::internal(e.to_string()))?;
    let pooled = match outcome {
        Ok(p) => p,
        Err(e) => {
            // The guest failed: a gateway-style 5xx, with the execution id for the logs.
            let status =
                if e.code() == Code::DeadlineExceeded { StatusCode::GATEWAY_TIMEOUT } else { StatusCode::BAD_GATEWAY };
            let body = serde_json::json!({"error": e.message(), "executionId": execution_id}).to_string();
            let mut resp = (status, [(header::CONTENT_TYPE, "application/json")], body).into_response();
            resp.headers_mut().insert(HeaderName::from_static(HEADER_EXECUTION_ID), exec_header);
            return Ok(resp);
        }
    };
    let mut builder = Response::builder().status(pooled.response.head.status);
    for (name, value) in &pooled.response.head.headers {
        if ignite_core::runtime::is_hop_by_hop(name) {
            continue;
        }
        builder = builder.header(name.as_str(), value.as_str());
    }
    builder = builder.header(HEADER_EXECUTION_ID, exec_header);
    // A failure after the head can only cut the body short.
    let stream = pooled.response.body.map(|chunk| chunk.map_err(|e| std::io::Error::other(e.to_string())));
    builder.body(AxumBody::from_stream(stream)).map_err(|e| Error::internal(e.to_string()))
}
