//! `GET /metrics`: the Prometheus text of [`crate::obs::metrics`], for the operator's
//! bearer token only (it names every app).

use std::sync::Arc;

use axum::extract::State;
use axum::response::{IntoResponse, Response};

use crate::api::response::error_response;
use crate::domain::Services;

pub struct MetricsEndpoint {
    pub services: Arc<Services>,
    /// The bearer token `/metrics` requires (the operator's).
    pub token: String,
}

pub async fn metrics(State(endpoint): State<Arc<MetricsEndpoint>>, headers: http::HeaderMap) -> Response {
    let given = headers
        .get(http::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or_default();
    // Compared as digests: the time taken says nothing about the token.
    let digest = |t: &str| <sha2::Sha256 as sha2::Digest>::digest(t.as_bytes());
    if digest(given) != digest(&endpoint.token) {
        let error = ignite_core::Error::new(ignite_core::Code::Unauthenticated, "/metrics needs the metrics token");
        return error_response(&error);
    }
    let text = endpoint.services.metrics_text().await;
    ([(http::header::CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8")], text).into_response()
}
