//! `ignite serve`: the local loop over HTTP (docs/local.md) for the services under a
//! directory.
//!
//! | route | answer |
//! |---|---|
//! | `GET /health` | `{status: "ok", version, uptime}` (seconds) |
//! | `GET /services` | `{services: [name, ...]}`: directories holding a service.yaml |
//! | `POST /services/{name}/preflight` | `{serviceName, preflight}` |
//! | `POST /services/{name}/execute` | body `{input, skipPreflight, skipBuild, audit}` → `{success, serviceName, metrics, preflight, securityAudit}`, or `{success: false, serviceName, error}` |
//!
//! Errors: 400 for a bad service name, bad JSON or a failing preflight on execute; 401
//! without `Authorization: Bearer <key>` when `--api-key` is set; 404 for unknown routes
//! and services; 429 past `--rate-limit` requests a minute per client; 500 when the
//! service fails.

use std::net::{IpAddr, SocketAddr};
use std::num::NonZeroU32;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use axum::Json;
use axum::extract::{ConnectInfo, Path, Request, State};
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

use crate::local;

type Limiter = governor::DefaultKeyedRateLimiter<IpAddr>;

struct ServeState {
    services: PathBuf,
    api_key: Option<String>,
    limiter: Option<Limiter>,
    started: Instant,
}

fn error(status: StatusCode, body: Value) -> Response {
    (status, Json(body)).into_response()
}

/// A service directory by name: a plain name (no path tricks) holding a service.yaml.
fn service_dir(state: &ServeState, name: &str) -> Result<PathBuf, (StatusCode, Json<Value>)> {
    let valid = !name.is_empty()
        && name.len() <= 64
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.')
        && !name.starts_with('.');
    if !valid {
        let body = json!({"success": false, "serviceName": name, "error": "invalid service name"});
        return Err((StatusCode::BAD_REQUEST, Json(body)));
    }
    let dir = state.services.join(name);
    if !dir.join(local::SERVICE_FILE).is_file() {
        let body = json!({"success": false, "serviceName": name, "error": format!("no service named {name:?}")});
        return Err((StatusCode::NOT_FOUND, Json(body)));
    }
    Ok(dir)
}

async fn health(State(state): State<Arc<ServeState>>) -> Json<Value> {
    Json(json!({"status": "ok", "version": env!("CARGO_PKG_VERSION"), "uptime": state.started.elapsed().as_secs()}))
}

async fn list(State(state): State<Arc<ServeState>>) -> Response {
    let mut names: Vec<String> = std::fs::read_dir(&state.services)
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| e.path().join(local::SERVICE_FILE).is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    Json(json!({"services": names})).into_response()
}

async fn preflight(State(state): State<Arc<ServeState>>, Path(name): Path<String>) -> Response {
    let dir = match service_dir(&state, &name) {
        Ok(d) => d,
        Err(r) => return r.into_response(),
    };
    match local::Service::load(&dir) {
        Ok(service) => Json(json!({"serviceName": name, "preflight": local::preflight(&service)})).into_response(),
        Err(e) => error(StatusCode::BAD_REQUEST, json!({"success": false, "serviceName": name, "error": e.message})),
    }
}

async fn execute(State(state): State<Arc<ServeState>>, Path(name): Path<String>, body: axum::body::Bytes) -> Response {
    let dir = match service_dir(&state, &name) {
        Ok(d) => d,
        Err(r) => return r.into_response(),
    };
    let request: Value = if body.is_empty() {
        json!({})
    } else {
        match serde_json::from_slice(&body) {
            Ok(v @ Value::Object(_)) => v,
            Ok(_) => {
                return error(
                    StatusCode::BAD_REQUEST,
                    json!({"success": false, "serviceName": name, "error": "the body must be a JSON object"}),
                );
            }
            Err(e) => {
                return error(
                    StatusCode::BAD_REQUEST,
                    json!({"success": false, "serviceName": name, "error": format!("invalid JSON: {e}")}),
                );
            }
        }
    };
    let service = match local::Service::load(&dir) {
        Ok(s) => s,
        Err(e) => {
            return error(StatusCode::BAD_REQUEST, json!({"success": false, "serviceName": name, "error": e.message}));
        }
    };
    let input = request.get("input").cloned().unwrap_or(json!({})).to_string();
    // skipBuild: services run from source (bun and node need no build step).
    let options = local::RunOptions {
        input: &input,
        skip_preflight: request["skipPreflight"] == true,
        audit: request["audit"] == true,
        ..Default::default()
    };
    let result = local::run(&service, &options).await;
    let status = match (&result.error, result.metrics.is_some()) {
        (None, _) => StatusCode::OK,
        // Refused before running: the preflight failed.
        (Some(_), false) if result.preflight.overall_status == "fail" => StatusCode::BAD_REQUEST,
        _ => StatusCode::INTERNAL_SERVER_ERROR,
    };
    (status, Json(serde_json::to_value(&result).expect("json"))).into_response()
}

/// API key and rate limit, before any route.
async fn guard(State(state): State<Arc<ServeState>>, request: Request, next: Next) -> Response {
    if let Some(key) = &state.api_key {
        let given = request
            .headers()
            .get("authorization")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "));
        if given != Some(key.as_str()) {
            return error(
                StatusCode::UNAUTHORIZED,
                json!({"success": false, "error": "missing or invalid bearer token"}),
            );
        }
    }
    if let Some(limiter) = &state.limiter {
        let ip = request
            .extensions()
            .get::<ConnectInfo<SocketAddr>>()
            .map(|c| c.0.ip())
            .unwrap_or(IpAddr::from([0, 0, 0, 0]));
        if limiter.check_key(&ip).is_err() {
            return error(StatusCode::TOO_MANY_REQUESTS, json!({"success": false, "error": "rate limit exceeded"}));
        }
    }
    next.run(request).await
}

pub async fn serve(
    host: &str,
    port: u16,
    services: PathBuf,
    api_key: Option<String>,
    rate_limit: u32,
) -> anyhow::Result<()> {
    let limiter = NonZeroU32::new(rate_limit).map(|n| governor::RateLimiter::keyed(governor::Quota::per_minute(n)));
    let state = Arc::new(ServeState { services, api_key, limiter, started: Instant::now() });
    let app = axum::Router::new()
        .route("/health", axum::routing::get(health))
        .route("/services", axum::routing::get(list))
        .route("/services/{name}/preflight", axum::routing::post(preflight).get(preflight))
        .route("/services/{name}/execute", axum::routing::post(execute))
        .fallback(|| async { error(StatusCode::NOT_FOUND, json!({"success": false, "error": "route not found"})) })
        .layer(axum::middleware::from_fn_with_state(state.clone(), guard))
        .with_state(state);
    let listener = tokio::net::TcpListener::bind((host, port)).await?;
    println!("ignite serve listening on http://{}", listener.local_addr()?);
    axum::serve(listener, app.into_make_service_with_connect_info::<SocketAddr>()).await?;
    Ok(())
}
