//! The JSON error body every HTTP route answers with (gateway, app hosts, MCP,
//! metrics): the grpc-gateway shape, so one client parser reads them all.

use axum::response::{IntoResponse, Response};
use http::{StatusCode, header};
use ignite_core::Error;

/// The error as the HTTP status it maps to, with the status name and, when a request
/// field is at fault, a `google.rpc.BadRequest` detail naming it.
pub fn error_response(e: &Error) -> Response {
    let details = match e.field() {
        Some(field) => serde_json::json!([{
            "@type": "type.googleapis.com/google.rpc.BadRequest",
            "fieldViolations": [{"field": field, "description": e.message()}],
        }]),
        None => serde_json::json!([]),
    };
    let body = serde_json::json!({
        "code": e.code().grpc(),
        "status": e.code().name(),
        "message": e.message(),
        "details": details,
    });
    let status = StatusCode::from_u16(e.code().http_status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let mut response = (status, [(header::CONTENT_TYPE, "application/json")], body.to_string()).into_response();
    if let Some(secs) = e.retry_after_secs() {
        response.headers_mut().insert(header::RETRY_AFTER, secs.into());
    }
    response
}
