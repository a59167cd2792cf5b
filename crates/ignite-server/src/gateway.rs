//! The HTTP/JSON gateway.
//!
//! Routes are read at startup from the `google.api.http` annotations in the
//! descriptor set, so they cannot drift from the `.proto` files. A request becomes the
//! RPC's request message as JSON: the body (for `body: "*"` routes), then path
//! parameters and query parameters converted to the field's JSON type; the message is
//! decoded with pbjson (camelCase or snake_case) through `serde_path_to_error`, so
//! every decoding error names its field. The message then goes through the same tonic
//! service as a gRPC call. Unary answers are JSON; server streams are newline-delimited
//! JSON, one message a line; an error mid-stream is a last line `{"error": {...}}`.

use std::sync::Arc;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use futures::{Stream, StreamExt};
use http::{HeaderMap, Method, StatusCode, header};
use ignite_core::{Code, Error};
use ignite_proto::convert::error_from_status;
use ignite_proto::google::api::HttpRule;
use ignite_proto::google::api::http_rule::Pattern;
use ignite_proto::v1::compute_service_server::ComputeService;
use ignite_proto::v1::secret_service_server::SecretService;
use percent_encoding::percent_decode_str;
use prost_reflect::{DescriptorPool, FieldDescriptor, Kind, MessageDescriptor};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::grpc::Api;

#[derive(Debug, Clone, PartialEq, Eq)]
enum Segment {
    Literal(String),
    Param(String),
}

/// One HTTP binding of an RPC.
#[derive(Debug, Clone)]
pub struct Route {
    pub method: Method,
    pub template: String,
    segments: Vec<Segment>,
    pub rpc: String,
    pub body: bool,
    pub server_streaming: bool,
    pub input: MessageDescriptor,
    pub output: MessageDescriptor,
}

impl Route {
    /// Path parameters when `path` matches this template.
    fn matches(&self, path: &[&str]) -> Option<Vec<(String, String)>> {
        if path.len() != self.segments.len() {
            return None;
        }
        let mut params = Vec::new();
        for (seg, part) in self.segments.iter().zip(path) {
            match seg {
                Segment::Literal(l) if l == part => {}
                Segment::Literal(_) => return None,
                Segment::Param(name) => {
                    let value = percent_decode_str(part).decode_utf8().ok()?.into_owned();
                    params.push((name.clone(), value));
                }
            }
        }
        Some(params)
    }

    /// Literal segments first: `/app/{org}/mcp/tools` wins over `/app/{org}/{app}/..`.
    fn specificity(&self) -> Vec<bool> {
        self.segments.iter().map(|s| matches!(s, Segment::Literal(_))).collect()
    }
}

/// Every HTTP binding in the descriptor set, in declaration order.
pub fn routes() -> Vec<Route> {
    let pool = DescriptorPool::decode(ignite_proto::FILE_DESCRIPTOR_SET).expect("embedded descriptor set decodes");
    let http = pool.get_extension_by_name("google.api.http").expect("google.api.http is compiled in");
    let mut routes = Vec::new();
    for service in [ignite_proto::COMPUTE_SERVICE, ignite_proto::SECRET_SERVICE] {
        let service = pool.get_service_by_name(service).expect("service in descriptor set");
        for m in service.methods() {
            let options = m.options();
            if !options.has_extension(&http) {
                continue;
            }
            let rule: HttpRule = options
                .get_extension(&http)
                .as_message()
                .and_then(|msg| msg.transcode_to().ok())
                .expect("google.api.http is an HttpRule");
            let mut bindings = vec![rule.clone()];
            bindings.extend(rule.additional_bindings);
            for b in bindings {
                let (method, template) = match b.pattern {
                    Some(Pattern::Get(p)) => (Method::GET, p),
                    Some(Pattern::Post(p)) => (Method::POST, p),
                    Some(Pattern::Put(p)) => (Method::PUT, p),
                    Some(Pattern::Delete(p)) => (Method::DELETE, p),
                    Some(Pattern::Patch(p)) => (Method::PATCH, p),
                    Some(Pattern::Custom(c)) => (Method::from_bytes(c.kind.as_bytes()).expect("custom verb"), c.path),
                    None => continue,
                };
                let segments = template
                    .trim_start_matches('/')
                    .split('/')
                    .map(|s| match s.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
                        Some(p) => Segment::Param(p.to_string()),
                        None => Segment::Literal(s.to_string()),
                    })
                    .collect();
                routes.push(Route {
                    method,
                    template,
                    segments,
                    rpc: m.name().to_string(),
                    body: b.body == "*",
                    server_streaming: m.is_server_streaming(),
                    input: m.input(),
                    output: m.output(),
                });
            }
        }
    }
    routes
}

pub struct Gateway {
    routes: Vec<Route>,
    api: Api,
    max_body_bytes: usize,
}

impl Gateway {
    /// The shared server state.
    pub fn ignite(&self) -> &std::sync::Arc<crate::service::Ignite> {
        &self.api.0
    }

    pub fn new(api: Api, max_body_bytes: usize) -> Arc<Self> {
        Arc::new(Gateway { routes: routes(), api, max_body_bytes })
    }
}

/// The JSON error body: the grpc-gateway shape, with the status name and, when a
/// request field is at fault, a `google.rpc.BadRequest` detail naming it.
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
    (status, [(header::CONTENT_TYPE, "application/json")], body.to_string()).into_response()
}

fn field_of(msg: &MessageDescriptor, name: &str) -> Option<FieldDescriptor> {
    msg.get_field_by_name(name).or_else(|| msg.get_field_by_json_name(name))
}

/// A path or query value as the JSON pbjson expects for `field`.
fn scalar_json(field: &FieldDescriptor, raw: &str) -> Result<Value, Error> {
    let bad = |what: &str| Error::invalid_argument(field.name(), format!("{raw:?} is not {what}"));
    Ok(match field.kind() {
        Kind::Bool => match raw {
            "true" | "1" => Value::Bool(true),
            "false" | "0" => Value::Bool(false),
            _ => return Err(bad("a boolean (true or false)")),
        },
        Kind::Int32 | Kind::Sint32 | Kind::Sfixed32 => raw.parse::<i32>().map_err(|_| bad("a 32-bit integer"))?.into(),
        Kind::Uint32 | Kind::Fixed32 => raw.parse::<u32>().map_err(|_| bad("an unsigned 32-bit integer"))?.into(),
        Kind::Int64 | Kind::Sint64 | Kind::Sfixed64 => {
            raw.parse::<i64>().map_err(|_| bad("a 64-bit integer"))?;
            Value::String(raw.to_string())
        }
        Kind::Uint64 | Kind::Fixed64 => {
            raw.parse::<u64>().map_err(|_| bad("an unsigned 64-bit integer"))?;
            Value::String(raw.to_string())
        }
        Kind::Float | Kind::Double => serde_json::Number::from_f64(raw.parse::<f64>().map_err(|_| bad("a number"))?)
            .ok_or_else(|| bad("a number"))?
            .into(),
        Kind::String | Kind::Bytes | Kind::Enum(_) => Value::String(raw.to_string()),
        Kind::Message(_) => {
            return Err(Error::invalid_argument(field.name(), "a message field cannot be set from the URL"));
        }
    })
}

/// Puts a path parameter into the request object, refusing a body that disagrees.
fn set_path_param(obj: &mut Map<String, Value>, field: &FieldDescriptor, raw: &str) -> Result<(), Error> {
    let value = scalar_json(field, raw)?;
    for key in [field.name(), field.json_name()] {
        if let Some(existing) = obj.remove(key) {
            // A body may repeat a path value, as a string or (for numbers) unquoted.
            let text = match &existing {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            if text != raw {
                return Err(Error::invalid_argument(
                    field.name(),
                    format!("the body says {existing} but the path says {raw:?}"),
                ));
            }
        }
    }
    obj.insert(field.name().to_string(), value);
    Ok(())
}

fn set_query_params(obj: &mut Map<String, Value>, msg: &MessageDescriptor, query: &str) -> Result<(), Error> {
    for (key, raw) in url_pairs(query) {
        let field = field_of(msg, &key)
            .ok_or_else(|| Error::invalid_argument(&key, format!("unknown query parameter {key:?}")))?;
        let value = scalar_json(&field, &raw)?;
        if field.is_list() {
            let entry = obj.entry(field.name().to_string()).or_insert_with(|| Value::Array(Vec::new()));
            match entry {
                Value::Array(items) => items.push(value),
                _ => return Err(Error::invalid_argument(field.name(), "given both in the body and the query")),
            }
        } else {
            if obj.contains_key(field.name()) || obj.contains_key(field.json_name()) {
                return Err(Error::invalid_argument(field.name(), "given more than once"));
            }
            obj.insert(field.name().to_string(), value);
        }
    }
    Ok(())
}

fn url_pairs(query: &str) -> Vec<(String, String)> {
    query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            let decode = |s: &str| percent_decode_str(&s.replace('+', " ")).decode_utf8_lossy().into_owned();
            (decode(k), decode(v))
        })
        .collect()
}

/// Decodes the request message, naming the field of any error.
fn decode_message<T: DeserializeOwned>(value: Value) -> Result<T, Error> {
    serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner().to_string();
        if path == "." || path.is_empty() {
            Error::invalid_argument("body", inner)
        } else {
            Error::invalid_argument(path, inner)
        }
    })
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
async fn read_body(body: Body, limit: usize) -> Result<Bytes, Error> {
    axum::body::to_bytes(body, limit).await.map_err(|_| {
        Error::invalid_argument("body", format!("the request body is larger than the limit of {limit} bytes"))
    })
}

/// Middleware in front of every route: a request to a FunctionId host is a direct
/// invocation of that app, whatever its path (even one the API itself serves).
pub async fn route_app_hosts(State(gw): State<Arc<Gateway>>, req: Request, next: axum::middleware::Next) -> Response {
    let host = crate::host_routing::host_of(req.uri(), req.headers());
    match host {
        Some(host) if crate::host_routing::is_app_host(&host, &gw.api.0.base_domain) => {
            // Who calls, before the body is read: an anonymous client sends nothing big.
            if let Err(e) = gw.api.0.caller_of(req.headers()).await {
                return error_response(&e);
            }
            let (parts, body) = req.into_parts();
            match read_body(body, gw.max_body_bytes).await {
                Ok(bytes) => gw.api.0.route_host(&host, parts, bytes).await,
                Err(e) => error_response(&e),
            }
        }
        _ => next.run(req).await,
    }
}

/// RPCs anyone may call, without a token.
pub const PUBLIC_RPCS: &[&str] = &["HealthCheck", "ListPublicCatalog", "GetPublicCatalogDetail"];
/// RPCs whose request carries code or a payload: their body may be as large as the
/// server accepts (`--max-body-bytes`); every other body is at most [`SMALL_BODY_BYTES`].
const LARGE_BODY_RPCS: &[&str] = &["CreateApp", "SaveDraft", "Invoke", "InvokeAsync", "TestDraft", "TestAppVersion"];
pub const SMALL_BODY_BYTES: usize = 1 << 20;

/// The axum fallback handler: every API request that is not gRPC.
pub async fn handle(State(gw): State<Arc<Gateway>>, req: Request) -> Response {
    let (parts, body) = req.into_parts();
    let path: Vec<&str> = parts.uri.path().trim_start_matches('/').split('/').collect();
    let mut candidates: Vec<(&Route, Vec<(String, String)>)> =
        gw.routes.iter().filter_map(|r| r.matches(&path).map(|p| (r, p))).collect();
    if candidates.is_empty() {
        return error_response(&Error::new(
            Code::NotFound,
            format!("no route for {} {}", parts.method, parts.uri.path()),
        ));
    }
    candidates.retain(|(r, _)| r.method == parts.method);
    let Some((route, params)) = candidates.into_iter().max_by(|a, b| a.0.specificity().cmp(&b.0.specificity())) else {
        let mut resp = error_response(&Error::new(
            Code::Unimplemented,
            format!("method {} is not allowed on {}", parts.method, parts.uri.path()),
        ));
        *resp.status_mut() = StatusCode::METHOD_NOT_ALLOWED;
        return resp;
    };

    // Who calls, before the body is read; and a body only as large as the RPC needs.
    if !PUBLIC_RPCS.contains(&route.rpc.as_str())
        && let Err(e) = gw.api.0.caller_of(&parts.headers).await
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
    let mut obj = if route.body && !bytes.iter().all(u8::is_ascii_whitespace) {
        match serde_json::from_slice::<Value>(&bytes) {
            Ok(Value::Object(o)) => o,
            Ok(_) => return error_response(&Error::invalid_argument("body", "must be a JSON object")),
            Err(e) => return error_response(&Error::invalid_argument("body", format!("malformed JSON: {e}"))),
        }
    } else {
        Map::new()
    };
    for (name, raw) in &params {
        let Some(field) = route.input.get_field_by_name(name) else { continue };
        if let Err(e) = set_path_param(&mut obj, &field, raw) {
            return error_response(&e);
        }
    }
    if let Err(e) = set_query_params(&mut obj, &route.input, parts.uri.query().unwrap_or("")) {
        return error_response(&e);
    }
    let value = Value::Object(obj);
    let api = &gw.api;
    let headers = &parts.headers;
    dispatch!(api, route.rpc.as_str(), value, headers;
        compute {
            "CreateApp" => create_app, "GetApp" => get_app, "ListApps" => list_apps,
            "UpdateAppConfig" => update_app_config, "DeleteApp" => delete_app, "GetAppState" => get_app_state,
            "ListCatalog" => list_catalog, "SaveDraft" => save_draft, "GetDraftInfo" => get_draft_info,
            "CompileDraft" => compile_draft, "TestDraft" => test_draft, "PublishDraft" => publish_draft,
            "ListAppVersions" => list_app_versions, "GetAppVersion" => get_app_version,
            "TestAppVersion" => test_app_version, "RollbackApp" => rollback_app, "GetAppCode" => get_app_code,
            "InvokeAsync" => invoke_async, "GetExecution" => get_execution,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_http_rpc_is_dispatched_and_routes_resolve_literals_first() {
        let routes = routes();
        assert_eq!(routes.iter().filter(|r| r.rpc == "GetAppCode").count(), 2);
        let path = ["v1", "ignite", "app", "acme", "mcp", "tools"];
        let best = routes
            .iter()
            .filter(|r| r.method == Method::GET && r.matches(&path).is_some())
            .max_by_key(|r| r.specificity())
            .unwrap();
        assert_eq!(best.rpc, "ListMcpTools");
        let path = ["v1", "ignite", "app", "acme", "hello"];
        let best = routes
            .iter()
            .filter(|r| r.method == Method::GET && r.matches(&path).is_some())
            .max_by_key(|r| r.specificity());
        assert_eq!(best.unwrap().rpc, "GetApp");
    }

    #[test]
    fn query_values_take_the_field_type() {
        let pool = DescriptorPool::decode(ignite_proto::FILE_DESCRIPTOR_SET).unwrap();
        let msg = pool.get_message_by_name("dodil.ignite.v1.GetAppLogsRequest").unwrap();
        let mut obj = Map::new();
        set_query_params(&mut obj, &msg, "limit=200&replicaId=r%201").unwrap();
        assert_eq!(Value::Object(obj), serde_json::json!({"limit": 200, "replica_id": "r 1"}));
        let err = set_query_params(&mut Map::new(), &msg, "limit=abc").unwrap_err();
        assert_eq!(err.field(), Some("limit"));
        let err = set_query_params(&mut Map::new(), &msg, "bogus=1").unwrap_err();
        assert!(err.message().contains("unknown query parameter"), "{err}");
    }
}
