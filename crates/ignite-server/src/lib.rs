//! The Ignite control plane: the ComputeService and SecretService over gRPC and the
//! HTTP/JSON gateway, storage (SQLite, content-addressed blobs), auth and scheduling.
//!
//! * [`service`], [`invocation`] — the RPC logic, transport-free.
//! * [`engine`], [`telemetry`] — runtimes and instance pools; per-app logs and events.
//! * [`jobs`] — the Infernet-compatible jobs API (`/health`, `/info`, `/api/jobs`).
//! * [`mcp`] — the MCP server over published apps (`/mcp/{org}`).
//! * [`metrics`] — Prometheus metrics at `/metrics`.
//! * [`stats`] — execution stats in memory, flushed per minute (GetExecutionStats).
//! * [`builds`] — the compile pipeline (CompileDraft), live and stored build logs.
//! * [`grpc`] — tonic adapters (authentication, status mapping).
//! * [`gateway`] — the HTTP/JSON gateway driven by the `google.api.http` annotations.
//! * [`openapi`] — the OpenAPI 3 document of the gateway, generated from the descriptors.
//! * [`store`] — the storage trait, SQLite, the blob store.
//! * [`auth`], [`secrets`] — tokens and secret encryption.
//! * [`server`] — configuration and the listener.

pub mod auth;
pub mod builds;
pub mod cache;
pub mod engine;
pub mod executions;
pub mod gateway;
pub mod grpc;
pub mod host_routing;
pub mod invocation;
pub mod jobs;
pub mod mcp;
pub mod metrics;
pub mod openapi;
pub mod quotas;
pub mod retention;
pub mod secrets;
pub mod server;
pub mod service;
pub mod stats;
pub mod store;
pub mod telemetry;
