//! The platform's services, one per concern, each owning its state. Handlers in
//! [`crate::api`] authenticate, then call one service method with the request
//! message.
//!
//! Architecture invariant: a service imports only the services listed before it in
//! [`SIBLING_ORDER`] (and the layers below the domain); the tidy test enforces it.
//! So apps may ask builds to compile, but builds never call back into apps.

pub mod apps;
pub mod builds;
pub mod callbacks;
pub mod cluster;
pub mod convert;
pub mod events;
pub mod executions;
pub mod invoke;
pub mod jobs;
pub mod records;
pub mod retention;
pub mod routes;
pub mod schedules;
pub mod secrets;
pub mod stats;

use std::sync::Arc;
use std::time::{Duration, Instant};

use ignite_proto::v1;

use crate::auth::Authenticator;
use crate::auth::quotas::Quotas;
use crate::engine::Engine;
use crate::store::Store;
use crate::store::blobs::BlobStore;

/// The domain modules, lowest first: each may import those before it.
pub const SIBLING_ORDER: &[&str] = &[
    "convert",
    "records",
    "events",
    "secrets",
    "retention",
    "routes",
    "cluster",
    "builds",
    "callbacks",
    "apps",
    "invoke",
    "executions",
    "schedules",
    "stats",
    "jobs",
];

/// The settings of the services (the server's configuration, in domain terms).
#[derive(Debug, Clone)]
pub struct Settings {
    /// Largest accepted upload (code, archives), in bytes.
    pub max_upload_bytes: usize,
    /// Largest output a durable execution keeps.
    pub max_output_bytes: usize,
    /// FunctionId hosts are `<app>-<org>[-<port>].<base_domain>`.
    pub base_domain: String,
    /// Names this server's cluster in replica listings.
    pub cluster_id: String,
    /// This server among those sharing the store.
    pub node: cluster::NodeSettings,
    pub builds: builds::BuildSettings,
    pub retention: retention::RetentionSettings,
}

/// Every service, wired once (see [`Services::assemble`]).
pub struct Services {
    pub auth: Arc<Authenticator>,
    pub apps: Arc<apps::Apps>,
    pub secrets: Arc<secrets::Secrets>,
    pub builds: Arc<builds::Builds>,
    pub invoke: Arc<invoke::Invoke>,
    pub executions: Arc<executions::Executions>,
    pub callbacks: Arc<callbacks::Callbacks>,
    pub stats: Arc<stats::Stats>,
    pub jobs: Arc<jobs::Jobs>,
    pub schedules: Arc<schedules::Scheduler>,
    pub retention: Arc<retention::Retention>,
    pub events: events::EventBus,
    pub cluster: Arc<cluster::Cluster>,
    routes: Arc<routes::RouteCache>,
    engine: Arc<Engine>,
    pub base_domain: String,
    started: Instant,
}

impl Services {
    /// Wires the services over one store, blob store and engine.
    pub fn assemble(
        settings: Settings,
        store: Arc<dyn Store>,
        blobs: BlobStore,
        engine: Arc<Engine>,
        secret_key: secrets::SecretKey,
    ) -> Arc<Services> {
        let quotas = Arc::new(Quotas::new(store.clone()));
        let node_name = settings.node.node_name.clone();
        let cluster = Arc::new(cluster::Cluster::new(store.clone(), settings.node));
        let owner = cluster.owner().map(str::to_string);
        let auth = Arc::new(Authenticator::new(store.clone(), quotas.clone()));
        let events = events::EventBus::default();
        let callbacks = Arc::new(callbacks::Callbacks::new(
            store.clone(),
            engine.sandbox.egress().public(),
            secret_key.derive("callbacks"),
        ));
        let secrets = Arc::new(secrets::Secrets::new(store.clone(), secret_key, engine.clone()));
        engine.set_secret_source(secrets.clone());
        engine.telemetry.persist_to(crate::obs::telemetry_writer::TelemetryWriter::spawn(store.clone()));
        let log_retention: Duration = settings.builds.log_retention;
        let persistent_retention = settings.retention.executions;
        let retention =
            Arc::new(retention::Retention::new(store.clone(), blobs.clone(), settings.retention, log_retention));
        let routes = Arc::new(routes::RouteCache::new(store.clone()));
        let builds = Arc::new(builds::Builds::new(
            store.clone(),
            blobs.clone(),
            engine.clone(),
            quotas.clone(),
            secrets.clone(),
            settings.builds,
            cluster.clone(),
        ));
        let apps = Arc::new(apps::Apps::new(
            store.clone(),
            blobs.clone(),
            engine.clone(),
            quotas.clone(),
            secrets.clone(),
            retention.clone(),
            routes.clone(),
            builds.clone(),
            events.clone(),
            settings.max_upload_bytes,
        ));
        let invoke = Arc::new(invoke::Invoke::new(
            store.clone(),
            engine.clone(),
            quotas,
            routes.clone(),
            settings.cluster_id,
            node_name,
            settings.base_domain.clone(),
        ));
        let executions = Arc::new(executions::Executions::new(
            store.clone(),
            blobs,
            invoke.clone(),
            routes.clone(),
            builds.clone(),
            executions::ExecutionLimits { persistent_retention, max_output_bytes: settings.max_output_bytes },
            cluster.clone(),
            retention.clone(),
            callbacks.clone(),
        ));
        let stats = Arc::new(stats::Stats::new(store.clone(), engine.clone()));
        let schedules = Arc::new(schedules::Scheduler::new(store.clone(), executions.clone()));
        let jobs = Arc::new(jobs::Jobs::new(store, executions.clone(), owner));
        Arc::new(Services {
            auth,
            apps,
            secrets,
            builds,
            invoke,
            executions,
            callbacks,
            stats,
            jobs,
            schedules,
            retention,
            events,
            cluster,
            routes,
            engine,
            base_domain: settings.base_domain,
            started: Instant::now(),
        })
    }

    /// Starts the background work of the services: the retention sweeper, the stats
    /// flusher, a first image garbage collection and, with a shared store, the
    /// cluster's work and the claimer of queued executions.
    pub async fn spawn_background(&self) -> Result<(), ignite_core::Error> {
        self.retention.spawn_sweeper();
        self.stats.spawn_flusher();
        self.builds.collect_image_garbage();
        let reasons = cluster::StopReasons { executions: executions::RESTART_REASON, jobs: jobs::RESTART_REASON };
        self.cluster.spawn(self.routes.clone(), self.engine.clone(), self.events.clone(), reasons).await?;
        self.executions.spawn_claimer();
        self.executions.spawn_cancel_listener();
        self.schedules.spawn();
        self.apps.spawn_canary_watch();
        self.callbacks.spawn();
        self.builds.spawn_claimer();
        Ok(())
    }

    /// The Prometheus text of every call counted and every pool's replicas.
    pub async fn metrics_text(&self) -> String {
        self.engine.calls.metrics.render(&self.engine.pool_gauges().await)
    }

    pub fn health_check(&self) -> v1::HealthCheckResponse {
        v1::HealthCheckResponse {
            status: "SERVING".into(),
            version: env!("CARGO_PKG_VERSION").into(),
            uptime_ms: self.started.elapsed().as_millis() as i64,
            sandbox: self.engine.sandbox.report(),
            insecure: self.engine.sandbox.is_insecure(),
        }
    }
}
