//! The transports: gRPC ([`grpc`]), the HTTP/JSON gateway ([`gateway`]) and its
//! OpenAPI document ([`openapi`]), the jobs API ([`jobs`]), MCP ([`mcp`]), FunctionId
//! hosts ([`host_routing`]) and `/metrics` ([`metrics`]). Handlers authenticate, call
//! one service of [`crate::domain`], and shape its answer; they hold no state of their
//! own beyond what a transport needs (MCP sessions).
//!
//! Architecture invariant: the transports import only the domain and auth (and each
//! other, downward): nothing here reads the store or drives the engine.

pub mod forward;
pub mod gateway;
pub mod grpc;
pub mod host_routing;
pub mod jobs;
pub mod mcp;
pub mod metrics;
pub mod openapi;
pub mod response;

use std::sync::Arc;

use ignite_proto::v1::compute_service_server::ComputeServiceServer;
use ignite_proto::v1::secret_service_server::SecretServiceServer;

use crate::domain::Services;

/// The api modules, lowest first: each may import those before it.
pub const SIBLING_ORDER: &[&str] =
    &["response", "grpc", "gateway", "host_routing", "openapi", "jobs", "mcp", "metrics", "forward"];

pub const OPENAPI_PATH: &str = "/v1/ignite/openapi.json";

/// What the transports need beyond the services.
#[derive(Debug, Clone)]
pub struct ApiSettings {
    /// Largest request body (code uploads, payloads).
    pub max_body_bytes: usize,
    /// The bearer token `/metrics` requires.
    pub metrics_token: String,
}

/// Every route on one port: gRPC (`/<package>.<Service>/<Method>`), and everything
/// else through the gateway, the jobs API, MCP and `/metrics`; requests to FunctionId
/// hosts go to the app whatever their path.
pub fn router(services: Arc<Services>, settings: ApiSettings) -> Result<axum::Router, tonic_reflection::server::Error> {
    let max_body_bytes = settings.max_body_bytes;
    let api = grpc::Api(services.clone());
    let compute = ComputeServiceServer::new(api.clone())
        .max_decoding_message_size(max_body_bytes)
        .max_encoding_message_size(max_body_bytes);
    let secret = SecretServiceServer::new(api.clone()).max_decoding_message_size(max_body_bytes);
    let reflection_builder = || {
        tonic_reflection::server::Builder::configure()
            .register_encoded_file_descriptor_set(ignite_proto::FILE_DESCRIPTOR_SET)
            .register_encoded_file_descriptor_set(tonic_health::pb::FILE_DESCRIPTOR_SET)
            .register_encoded_file_descriptor_set(tonic_reflection::pb::v1::FILE_DESCRIPTOR_SET)
    };
    let reflection = reflection_builder().build_v1()?;
    let reflection_alpha = reflection_builder().build_v1alpha()?;
    let (health_reporter, health) = tonic_health::server::health_reporter();
    let serving = async move {
        health_reporter.set_serving::<ComputeServiceServer<grpc::Api>>().await;
        health_reporter.set_serving::<SecretServiceServer<grpc::Api>>().await;
    };
    futures::executor::block_on(serving);

    let metrics = Arc::new(metrics::MetricsEndpoint { services: services.clone(), token: settings.metrics_token });
    let openapi = Arc::new(openapi::document(&ignite_proto::http::routes()).to_string());
    let gateway = axum::Router::new()
        .route(
            OPENAPI_PATH,
            axum::routing::get(move || {
                let doc = openapi.clone();
                async move { ([(http::header::CONTENT_TYPE, "application/json")], doc.as_str().to_owned()) }
            }),
        )
        .fallback(gateway::handle)
        .with_state(gateway::Gateway::new(api, max_body_bytes))
        .merge(axum::Router::new().route("/metrics", axum::routing::get(metrics::metrics)).with_state(metrics))
        .merge(jobs::router(services.clone()))
        .merge(mcp::router(services.clone()))
        .merge(ignite_console::router());
    let grpc = tonic::service::Routes::new(compute)
        .add_service(secret)
        .add_service(reflection)
        .add_service(reflection_alpha)
        .add_service(health)
        .into_axum_router()
        .layer(axum::middleware::from_fn_with_state(services.clone(), grpc_preauth));
    let routing = Arc::new(host_routing::HostRouting { services: services.clone(), max_body_bytes });
    let app_hosts = axum::middleware::from_fn_with_state(routing, host_routing::route_app_hosts);
    let mut app = grpc.fallback_service(gateway).layer(app_hosts);
    if !services.cluster.role.runs_engine() {
        // An API server: calls that run tenants' code go to workers (forward.rs).
        let forwarder = Arc::new(forward::Forwarder::new(services, max_body_bytes));
        app = app.layer(axum::middleware::from_fn_with_state(forwarder, forward::forward_engine_calls));
    }
    Ok(app)
}

/// gRPC calls of the Ignite services name their caller before their message is read
/// (the gateway does the same for HTTP): an anonymous client sends nothing big.
async fn grpc_preauth(
    axum::extract::State(services): axum::extract::State<Arc<Services>>,
    req: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    let path = req.uri().path();
    let method = path.rsplit('/').next().unwrap_or_default();
    let ours = path.starts_with("/dodil.ignite.v1.");
    if ours
        && !ignite_proto::http::PUBLIC_RPCS.contains(&method)
        && let Err(e) = services.auth.caller_of(req.headers()).await
    {
        return ignite_proto::convert::status_from_error(&e).into_http();
    }
    next.run(req).await
}
