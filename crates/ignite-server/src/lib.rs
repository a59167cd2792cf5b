//! The Ignite control plane: the ComputeService and SecretService over gRPC and the
//! HTTP/JSON gateway, the jobs API and MCP, storage (SQLite, content-addressed blobs),
//! auth and scheduling. The modules are layers, lowest first; each imports only the
//! layers before it (ARCHITECTURE.md; the tidy test enforces it):
//!
//! * [`store`] — records, the storage traits, SQLite, the blob store.
//! * [`obs`] — execution stats in memory, Prometheus metrics, per-app logs and events.
//! * [`auth`] — tokens, callers and per-organization quotas.
//! * [`engine`] — runtimes and instance pools: what runs a version.
//! * [`domain`] — the services: apps, secrets, builds, invoke, executions, stats, jobs.
//! * [`api`] — the transports: gRPC, the HTTP gateway, jobs, MCP, app hosts, metrics.
//! * [`server`] — the process role: configuration, wiring, the listener.

pub mod api;
pub mod auth;
pub mod domain;
pub mod engine;
pub mod obs;
pub mod server;
pub mod store;

/// The layers, lowest first: a module may import only the layers before it.
pub const LAYERS: &[&str] = &["store", "obs", "auth", "engine", "domain", "api", "server"];
