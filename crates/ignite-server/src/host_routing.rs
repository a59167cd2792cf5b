//! Direct invocation by host: a request whose Host is `<app>-<org>[-<port>].<base>`
//! goes to the app's active version. Method, path, query and body are forwarded
//! verbatim; the guest's raw response comes back (no envelope). The caller's
//! `Authorization` is not forwarded; `x-ignite-*` headers are set by the platform and
//! replace any the caller sent. No Execution record is created.

use std::sync::Arc;

use axum::body::Body as AxumBody;
use axum::response::{IntoResponse, Response};
use futures::StreamExt;
use http::{HeaderMap, HeaderName, HeaderValue, StatusCode, header};
use ignite_core::function_id::{DEFAULT_PORT, decode_host};
use ignite_core::runtime::{Body, ExecutionContext, HEADER_EXECUTION_ID, Invocation, RequestHead};
use ignite_core::{Code, Error, FunctionId};

use crate::engine::Target;
use crate::gateway::error_response;
use crate::invocation::new_execution_id;
use crate::service::Ignite;

/// Apps of this organization may be called by any authenticated organization.
pub const PUBLIC_ORG: &str = "public";

/// Whether a header stays at the gateway: hop-by-hop ones, and the caller's platform
/// credentials (the app never sees them).
fn not_forwarded(name: &str) -> bool {
    ignite_core::runtime::is_hop_by_hop(name) || name.eq_ignore_ascii_case("authorization")
}

/// The host of a request (HTTP/1 Host header or HTTP/2 authority).
pub fn host_of(uri: &http::Uri, headers: &HeaderMap) -> Option<String> {
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

impl Ignite {
    /// The app a host addresses: the first reading naming an existing app that serves
    /// that port (port 80 always; another port when the app declares it).
    async fn resolve_host(&self, host: &str) -> Result<(FunctionId, u16), Error> {
        if let Some(hit) = self.cache.host(host) {
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
                self.cache.remember_host(host, hit.clone());
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

    pub async fn route_host(self: &Arc<Self>, host: &str, parts: http::request::Parts, body: bytes::Bytes) -> Response {
        match self.route_host_inner(host, parts, body).await {
            Ok(resp) => resp,
            Err(e) => error_response(&e),
        }
    }

    async fn route_host_inner(
        self: &Arc<Self>,
        host: &str,
        parts: http::request::Parts,
        body: bytes::Bytes,
    ) -> Result<Response, Error> {
        let authorization = parts.headers.get(header::AUTHORIZATION).and_then(|v| v.to_str().ok());
        let caller = self.cache.caller(self.store.as_ref(), authorization).await?;
        let (id, port) = self.resolve_host(host).await?;
        if id.org().as_str() != PUBLIC_ORG {
            caller.authorize(id.org().as_str())?;
        }
        let row = self.cache.version(self.store.as_ref(), &id, 0).await?;
        let version = row.version;
        let ctx = ExecutionContext {
            execution_id: new_execution_id(),
            function: id.clone(),
            organization_id: id.org().to_string(),
            version,
        };
        let mut head = RequestHead {
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
        head.inject_context(&ctx);
        let execution_id = ctx.execution_id.clone();
        let code_hash = row.artifact_hash.clone().unwrap_or_else(|| row.code_hash.clone());
        let target =
            Target { function: &id, version, kind: row.runtime_kind, code_hash: &code_hash, config: &row.config };
        let invocation = Invocation { ctx, head, body: Body::Full(body), port: (port != DEFAULT_PORT).then_some(port) };
        let exec_header = HeaderValue::from_str(&execution_id).map_err(|e| Error::internal(e.to_string()))?;
        let pooled = match self.admit_and_invoke(&target, invocation).await {
            Ok(p) => p,
            Err(e) if matches!(e.code(), Code::ResourceExhausted | Code::Unimplemented) => return Err(e),
            Err(e) => {
                // The guest failed: a gateway-style 5xx, with the execution id for the logs.
                let status = if e.code() == Code::DeadlineExceeded {
                    StatusCode::GATEWAY_TIMEOUT
                } else {
                    StatusCode::BAD_GATEWAY
                };
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
}
