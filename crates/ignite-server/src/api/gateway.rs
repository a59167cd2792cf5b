//! The HTTP/JSON gateway: serves the routes of [`ignite_proto::http`] (a request
//! becomes its RPC's request message there) through the same tonic service as a gRPC
//! call. Who calls is checked before a body is read, and a body is only as large as
//! its RPC needs. Unary answers are JSON; server streams are newline-delimited JSON,
//! one message a line; an error mid-stream is a last line `{"error": {...}}`.

use std::sync::Arc;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use futures::{Stream, StreamExt};
use http::{HeaderMap, StatusCode, header};
use ignite_core::{Code, Error};
use ignite_proto::convert::error_from_status;
use ignite_proto::http::{PUBLIC_RPCS, Resolved, Route, decode_message, request_json, resolve, routes};
use ignite_proto::v1::compute_service_server::ComputeService;
use ignite_proto::v1::secret_service_server::SecretService;
use serde::Serialize;

use crate::api::grpc::Api;
use crate::api::response::error_response;

pub struct Gateway {
    routes: Vec<Route>,
    api: Api,
    max_body_bytes: usize,
}

impl Gateway {
    pub fn new(api: Api, max_body_bytes: usize) -> Arc<Self> {
        Arc::new(Gateway { routes: routes(), api, max_body_bytes })
    }
}

fn tonic_request<T>(msg: T, headers: &HeaderMap) -> tonic::Request<T> {
    let mut req = tonic::Request::new(msg);
    if let Some(value) = headers.get(header::AUTHORIZATION)
        && let Ok(v) = tonic::metadata::MetadataValue::try_from(value.as_bytes())
    {
        req.metadata_mut().insert("authorization", v);
    }
    req
}

fn json_response<T: Serialize>(result: Result<tonic::Response<T>, tonic::Status>) -> Response {
    match result {
        Ok(resp) => match serde_json::to_vec(resp.get_ref()) {
            Ok(body) => (StatusCode::OK, [(header::CONTENT_TYPE, "application/json")], body).into_response(),
            Err(e) => error_response(&Error::internal(format!("encoding the response: {e}"))),
        },
        Err(status) => error_response(&error_from_status(&status)),
    }
}

fn ndjson_response<T, S>(result: Result<tonic::Response<S>, tonic::Status>) -> Response
where
    T: Serialize + Send + 'static,
    S: Stream<Item = Result<T, tonic::Status>> + Send + 'static,
{
    let stream = match result {
        Ok(resp) => resp.into_inner(),
        Err(status) => return error_response(&error_from_status(&status)),
    };
    let lines = stream
        .map(|item| {
            let mut line = match item {
                Ok(msg) => serde_json::to_vec(&msg).unwrap_or_default(),
                Err(status) => {
                    let e = error_from_status(&status);
                    serde_json::to_vec(&serde_json::json!({"error": {
                        "code": e.code().grpc(), "status": e.code().name(), "message": e.message()
                    }}))
                    .unwrap_or_default()
                }
            };
            line.push(b'\n');
            Ok::<_, std::convert::Infallible>(Bytes::from(line))
        })
        .boxed();
    Response::builder()
        .status(StatusCode::OK)
        .header(header::CONTENT_TYPE, "application/x-ndjson")
        .body(Body::from_stream(lines))
        .unwrap_or_else(|e| error_response(&Error::internal(e.to_string())))
}

/// Calls the RPC `rpc` with the request decoded from `value`.
macro_rules! dispatch {
    ($api:expr, $rpc:expr, $value:expr, $headers:expr;
     compute { $($c_name:literal => $c_method:ident),* $(,)? }
     compute_stream { $($s_name:literal => $s_method:ident),* $(,)? }
     secret { $($x_name:literal => $x_method:ident),* $(,)? }) => {
        match $rpc {
            $($c_name => {
                let msg = match decode_message($value) { Ok(m) => m, Err(e) => return error_response(&e) };
                json_response(<Api as ComputeService>::$c_method($api, tonic_request(msg, $headers)).await)
            })*
            $($s_name => {
                let msg = match decode_message($value) { Ok(m) => m, Err(e) => return error_response(&e) };
                ndjson_response(<Api as ComputeService>::$s_method($api, tonic_request(msg, $headers)).await)
            })*
            $($x_name => {
                let msg = match decode_message($value) { Ok(m) => m, Err(e) => return error_response(&e) };
                json_response(<Api as SecretService>::$x_method($api, tonic_request(msg, $headers)).await)
            })*
            other => error_response(&Error::unimplemented(format!("RPC {other} has no HTTP binding"))),
        }
    };
}

/// The whole request body, or INVALID_ARGUMENT once it passes `limit`.
pub async fn read_body(body: Body, limit: usize) -> Result<Bytes, Error> {
    axum::body::to_bytes(body, limit).await.map_err(|_| {
        Error::invalid_argument("body", format!("the request body is larger than the limit of {limit} bytes"))
    })
}

/// RPCs whose request carries code or a payload: their body may be as large as the
/// server accepts (`--max-body-bytes`); every other body is at most [`SMALL_BODY_BYTES`].
const LARGE_BODY_RPCS: &[&str] = &["CreateApp", "SaveDraft", "Invoke", "InvokeAsync", "TestDraft", "TestAppVersion"];
pub const SMALL_BODY_BYTES: usize = 1 << 20;

/// The axum fallback handler: every API request that is not gRPC.
pub async fn handle(State(gw): State<Arc<Gateway>>, req: Request) -> Response {
    let (parts, body) = req.into_parts();
    let (route, params) = match resolve(&gw.routes, &parts.method, parts.uri.path()) {
        Resolved::Found(route, params) => (route, params),
        Resolved::NoRoute => {
            return error_response(&Error::new(
                Code::NotFound,
                format!("no route for {} {}", parts.method, parts.uri.path()),
            ));
        }
        Resolved::MethodNotAllowed => {
            let mut resp = error_response(&Error::new(
                Code::Unimplemented,
                format!("method {} is not allowed on {}", parts.method, parts.uri.path()),
            ));
            *resp.status_mut() = StatusCode::METHOD_NOT_ALLOWED;
            return resp;
        }
    };

    // Who calls, before the body is read; and a body only as large as the RPC needs.
    if !PUBLIC_RPCS.contains(&route.rpc.as_str())
        && let Err(e) = gw.api.0.auth.caller_of(&parts.headers).await
    {
        return error_response(&e);
    }
    let limit = if LARGE_BODY_RPCS.contains(&route.rpc.as_str()) {
        gw.max_body_bytes
    } else {
        SMALL_BODY_BYTES.min(gw.max_body_bytes)
    };
    let bytes = match read_body(body, limit).await {
        Ok(b) => b,
        Err(e) => return error_response(&e),
    };
    let mut value = match request_json(route, &params, parts.uri.query().unwrap_or(""), &bytes) {
        Ok(value) => value,
        Err(e) => return error_response(&e),
    };
    // InvokeAsync's key and callback may come as headers (the body's win).
    if route.rpc == "InvokeAsync" {
        for (header, field, snake) in [
            ("Idempotency-Key", "idempotencyKey", "idempotency_key"),
            ("X-Callback-Url", "callbackUrl", "callback_url"),
        ] {
            let Some(given) = parts.headers.get(header) else { continue };
            if !value[field].is_null() || !value[snake].is_null() {
                continue;
            }
            match given.to_str() {
                Ok(given) => value[field] = serde_json::Value::String(given.to_string()),
                Err(_) => return error_response(&Error::invalid_argument(header, "must be visible ASCII")),
            }
        }
    }
    let api = &gw.api;
    let headers = &parts.headers;
    dispatch!(api, route.rpc.as_str(), value, headers;
        compute {
            "CreateApp" => create_app, "GetApp" => get_app, "ListApps" => list_apps,
            "UpdateAppConfig" => update_app_config, "DeleteApp" => delete_app, "GetAppState" => get_app_state,
            "ListCatalog" => list_catalog, "SaveDraft" => save_draft, "GetDraftInfo" => get_draft_info,
            "CompileDraft" => compile_draft, "TestDraft" => test_draft, "PublishDraft" => publish_draft,
            "ListAppVersions" => list_app_versions, "GetAppVersion" => get_app_version,
            "TestAppVersion" => test_app_version, "RollbackApp" => rollback_app,
            "SetAlias" => set_alias, "ListAliases" => list_aliases, "DeleteAlias" => delete_alias, "GetAppCode" => get_app_code,
            "InvokeAsync" => invoke_async, "GetExecution" => get_execution,
            "ListExecutions" => list_executions, "CancelExecution" => cancel_execution,
            "GetCallbackSecret" => get_callback_secret, "ListDeadLetters" => list_dead_letters,
            "RedriveExecution" => redrive_execution, "PurgeDeadLetters" => purge_dead_letters,
            "GetExecutionStats" => get_execution_stats, "GetAppLogs" => get_app_logs,
            "GetAppEvents" => get_app_events, "ListAppReplicas" => list_app_replicas,
            "GetBuildLog" => get_build_log, "GetMcpToolDefinition" => get_mcp_tool_definition,
            "ListMcpTools" => list_mcp_tools, "ListPublicCatalog" => list_public_catalog,
            "GetPublicCatalogDetail" => get_public_catalog_detail, "HealthCheck" => health_check,
        }
        compute_stream {
            "Invoke" => invoke, "WatchExecution" => watch_execution, "StreamAppLogs" => stream_app_logs,
            "StreamAppEvents" => stream_app_events, "StreamCompileLogs" => stream_compile_logs,
        }
        secret {
            "CreateSecret" => create_secret, "GetSecret" => get_secret, "ListSecrets" => list_secrets,
            "DeleteSecret" => delete_secret,
        }
    )
}
