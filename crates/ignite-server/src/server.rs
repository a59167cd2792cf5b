//! Server assembly: configuration, storage, and one listener serving gRPC and the
//! HTTP/JSON gateway (gRPC requests go to `/<package>.<Service>/<Method>`, everything
//! else to the gateway, so both share one port).

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use ignite_core::names::OrgName;
use serde::Deserialize;

use crate::api::ApiSettings;
use crate::domain::secrets::SecretKey;
use crate::domain::{Services, Settings};
use crate::store::blobs::BlobStore;
use crate::store::database_blobs::{DatabaseBlobs, SHARED_BLOB_GRACE};
use crate::store::sql::{Dialect, SqlStore};
use crate::store::{Orphans, Store};

pub const DEFAULT_LISTEN: &str = "127.0.0.1:50051";
pub const DEFAULT_MAX_BODY_BYTES: usize = 64 * 1024 * 1024;
/// The largest output a durable execution keeps, by default.
pub const DEFAULT_MAX_OUTPUT_BYTES: usize = 64 * 1024 * 1024;
pub const DEFAULT_DEV_ORG: &str = "dev";
/// `*.localhost` resolves to loopback, so app hosts work on a laptop with no DNS setup.
pub const DEFAULT_BASE_DOMAIN: &str = "localhost";
/// The file, under the data directory, that holds the first-start token.
pub const DEV_TOKEN_FILE: &str = "dev-token";
/// The file, under the data directory, that holds the token of `/metrics` (when
/// `--metrics-token` does not set one).
pub const METRICS_TOKEN_FILE: &str = "metrics-token";
/// Where the gateway serves its OpenAPI 3 document.
pub use crate::api::OPENAPI_PATH;

/// Settings from the optional TOML file (`--config`); flags and `IGNITE_*` variables win.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
pub struct FileConfig {
    pub data_dir: Option<PathBuf>,
    pub database: Option<String>,
    pub blobs: Option<String>,
    pub role: Option<String>,
    pub node_name: Option<String>,
    pub advertise: Option<String>,
    pub listen: Option<SocketAddr>,
    pub max_body_bytes: Option<usize>,
    pub max_output_bytes: Option<usize>,
    pub dev_org: Option<String>,
    pub log_format: Option<String>,
    pub base_domain: Option<String>,
    pub build_concurrency: Option<usize>,
    pub build_timeout_secs: Option<u64>,
    pub build_log_retention_secs: Option<u64>,
    pub execution_retention_secs: Option<u64>,
    pub build_cache_dir: Option<PathBuf>,
    pub git_local_dir: Option<PathBuf>,
    pub metrics_token: Option<String>,
    pub insecure_no_sandbox: Option<bool>,
    pub insecure_registries: Option<Vec<String>>,
    pub allow_private_egress: Option<Vec<String>>,
    pub jobs_org: Option<String>,
    pub jobs_listen: Option<SocketAddr>,
    pub jobs_allow: Option<Vec<String>>,
    pub otlp_endpoint: Option<String>,
}

impl FileConfig {
    pub fn load(path: Option<&Path>) -> Result<Self, ServeError> {
        match path {
            None => Ok(FileConfig::default()),
            Some(p) => {
                let text = std::fs::read_to_string(p).map_err(io("reading", p.display()))?;
                toml::from_str(&text).map_err(|source| ServeError::ConfigFile { path: p.display().to_string(), source })
            }
        }
    }
}

/// Why the server cannot start.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error("{what} {path}")]
    Io {
        what: &'static str,
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("parsing {path}")]
    ConfigFile {
        path: String,
        #[source]
        source: toml::de::Error,
    },
    /// Isolation is missing (and the operator did not accept that), or mis-configured.
    #[error("{0}")]
    Isolation(String),
    #[error("{0}")]
    Store(#[from] ignite_core::Error),
    #[error(transparent)]
    SecretKey(#[from] crate::domain::secrets::KeyFileError),
    #[error(transparent)]
    Engine(#[from] crate::engine::EngineError),
    #[error("the gRPC reflection service")]
    Reflection(#[from] tonic_reflection::server::Error),
    #[error("{0}")]
    Start(String),
}

/// What an I/O failure on `path` was doing.
fn io(what: &'static str, path: impl std::fmt::Display) -> impl FnOnce(std::io::Error) -> ServeError {
    let path = path.to_string();
    move |source| ServeError::Io { what, path, source }
}

/// The resolved configuration of a running server.
#[derive(Debug, Clone)]
pub struct Config {
    pub data_dir: PathBuf,
    pub storage: StorageSettings,
    /// What this server does among those sharing the store.
    pub role: crate::domain::cluster::Role,
    /// The machine's name on replicas and in the `nodes` table [default: host name].
    pub node_name: Option<String>,
    /// `host:port` other servers forward calls to [default: the listen address].
    pub advertise: Option<String>,
    pub listen: SocketAddr,
    pub max_body_bytes: usize,
    /// Largest output a durable execution (InvokeAsync, TestDraft, a job step) keeps.
    pub max_output_bytes: usize,
    pub dev_org: String,
    pub base_domain: String,
    pub builds: crate::domain::builds::BuildSettings,
    /// Shared caches of builds [default: `<data_dir>/build-cache`].
    pub build_cache_dir: Option<PathBuf>,
    /// Local git repositories under this directory may be cloned by `fromGit` image
    /// builds (by path or `file://` URL); none when unset.
    pub git_local_dir: Option<PathBuf>,
    pub isolation: IsolationSettings,
    /// The bearer token `/metrics` requires [default: `<data_dir>/metrics-token`].
    pub metrics_token: Option<String>,
    pub retention: crate::domain::retention::RetentionSettings,
    /// The jobs API without Authorization for one organization (Infernet clients).
    pub open_jobs: Option<OpenJobs>,
}

/// A listener serving the jobs API of one organization without Authorization, as the
/// Infernet client expects (docs/api.md): only to clients from `allow`.
#[derive(Debug, Clone)]
pub struct OpenJobs {
    pub org: String,
    pub listen: SocketAddr,
    pub allow: Vec<ipnet::IpNet>,
}

impl OpenJobs {
    /// Where the Infernet node listens by default, on loopback.
    pub const DEFAULT_LISTEN: &str = "127.0.0.1:4000";

    /// Loopback only, unless the operator names more.
    pub fn default_allow() -> Vec<ipnet::IpNet> {
        vec!["127.0.0.0/8".parse().expect("a CIDR"), "::1/128".parse().expect("a CIDR")]
    }
}

/// How tenants' code is isolated, and the operator's exceptions.
#[derive(Debug, Clone, Default)]
pub struct IsolationSettings {
    /// Run without bubblewrap, cgroups or seccomp when they are missing (never with
    /// untrusted code); the health check and the logs say so.
    pub insecure_no_sandbox: bool,
    /// Registries (`host:port`) pulled from over plain HTTP; they may be on loopback
    /// or a private network.
    pub insecure_registries: Vec<String>,
    /// Loopback, private or link-local destinations that builds, registry pulls and git
    /// clones may reach anyway: `host`, `host:port`, an address, `address:port` or a CIDR.
    pub allow_private_egress: Vec<String>,
}

impl IsolationSettings {
    /// The sandbox of this machine under these settings, or why the server must not
    /// start (a piece of isolation is missing and the operator did not accept that).
    pub fn sandbox(&self) -> Result<ignite_runtime::sandbox::Sandbox, ServeError> {
        use ignite_runtime::egress::Destination;
        let mut exceptions = Vec::new();
        for entry in self.allow_private_egress.iter().chain(&self.insecure_registries) {
            exceptions.push(
                entry
                    .parse::<Destination>()
                    .map_err(|e| ServeError::Isolation(format!("--allow-private-egress {entry:?}: {e}")))?,
            );
        }
        let egress = ignite_runtime::sandbox::EgressSettings::new(exceptions);
        ignite_runtime::sandbox::Sandbox::detect()
            .with_egress(egress)
            .require(self.insecure_no_sandbox)
            .map_err(|e| ServeError::Isolation(e.to_string()))
    }
}

/// The default data directory: `<user data dir>/ignite` (e.g. `~/.local/share/ignite`).
pub fn default_data_dir() -> PathBuf {
    dirs::data_dir().unwrap_or_else(|| PathBuf::from(".")).join("ignite")
}

/// Where blobs (code, artifacts, large outputs) are kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlobLocation {
    /// `<data_dir>/blobs`: one server.
    Local,
    /// The database's `blobs` table: every server of a cluster reaches it.
    Database,
}

impl std::str::FromStr for BlobLocation {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "local" => Ok(BlobLocation::Local),
            "database" => Ok(BlobLocation::Database),
            _ => Err(format!("{s:?}: blobs are `local` or `database`")),
        }
    }
}

/// Which database and blob store a server uses.
#[derive(Debug, Clone, Default)]
pub struct StorageSettings {
    /// A `postgres://` (or `sqlite://`) URL [default: `<data_dir>/ignite.db`].
    pub database: Option<String>,
    /// [default: local with SQLite, the database with PostgreSQL].
    pub blobs: Option<BlobLocation>,
    /// How long a blob in a shared database is spared by deletes after its last put
    /// [default: `database_blobs::SHARED_BLOB_GRACE`].
    pub shared_blob_grace: Option<std::time::Duration>,
}

impl StorageSettings {
    /// Names the cluster in replica listings: the database's host and name, or
    /// `local` for a server alone.
    pub fn cluster_id(&self) -> String {
        match &self.database {
            Some(url) if url.starts_with("postgres") => {
                let rest = url.split_once("://").map(|(_, r)| r).unwrap_or(url);
                let rest = rest.rsplit_once('@').map(|(_, r)| r).unwrap_or(rest);
                rest.split('?').next().unwrap_or(rest).to_string()
            }
            _ => "local".into(),
        }
    }
}

/// The store and blobs a server uses.
pub struct Storage {
    pub store: Arc<dyn Store>,
    pub blobs: BlobStore,
    /// Whether other servers share them (PostgreSQL): startup recovery must then leave
    /// alone what another server is doing.
    pub shared: bool,
}

pub async fn open_storage(data_dir: &Path, settings: &StorageSettings) -> Result<Storage, ServeError> {
    std::fs::create_dir_all(data_dir).map_err(io("creating", data_dir.display()))?;
    // The database, the key and the tokens: the server's user only.
    std::fs::set_permissions(data_dir, std::os::unix::fs::PermissionsExt::from_mode(0o700))
        .map_err(io("restricting", data_dir.display()))?;
    let store = match &settings.database {
        Some(url) => SqlStore::open(url).await?,
        None => SqlStore::open_sqlite(&data_dir.join("ignite.db")).await?,
    };
    let shared = store.dialect() == Dialect::Postgres;
    let location = settings.blobs.unwrap_or(if shared { BlobLocation::Database } else { BlobLocation::Local });
    let blobs = match location {
        BlobLocation::Local => {
            let blobs_dir = data_dir.join("blobs");
            BlobStore::open(&blobs_dir).map_err(io("opening", blobs_dir.display()))?
        }
        BlobLocation::Database => {
            let backend = DatabaseBlobs::new(store.pool().clone());
            // One server alone has its own writer gate: no grace period is needed.
            let grace = match shared {
                true => settings.shared_blob_grace.unwrap_or(SHARED_BLOB_GRACE),
                false => std::time::Duration::ZERO,
            };
            let backend = backend.with_grace(grace);
            BlobStore::new(Arc::new(backend))
        }
    };
    Ok(Storage { store: Arc::new(store), blobs, shared })
}

/// Recovery at the start of the only server of its store: blobs no row names (an
/// interrupted write) go, and whatever was running when it stopped is failed.
async fn recover_alone(storage: &Storage) -> Result<(), ServeError> {
    let referenced = storage.store.referenced_blobs().await?;
    let swept = storage.blobs.sweep(&referenced).await.map_err(io("sweeping", storage.blobs.location()))?;
    if swept > 0 {
        tracing::info!(swept, "removed blobs no row references (left by an interrupted write)");
    }
    let now = ignite_core::runtime::now_ms();
    let store = &storage.store;
    let interrupted = store.fail_unfinished(crate::domain::executions::RESTART_REASON, Orphans::All, now).await?;
    if interrupted > 0 {
        tracing::warn!(interrupted, "executions interrupted by the last stop were marked FAILED");
    }
    let jobs_failed = store.fail_running_jobs(crate::domain::jobs::RESTART_REASON, Orphans::All, now).await?;
    if jobs_failed > 0 {
        tracing::warn!(jobs = jobs_failed, "jobs interrupted by the last stop were marked failed");
    }
    let failed = store.fail_running_compiles(crate::domain::builds::RESTART_REASON, Orphans::All, now).await?;
    if failed > 0 {
        tracing::warn!(drafts = failed, "compiles interrupted by the last stop were marked FAILED");
    }
    Ok(())
}

/// This machine's host name.
fn host_name() -> String {
    std::fs::read_to_string("/proc/sys/kernel/hostname").unwrap_or_default().trim().to_string()
}

/// Writes a token for `org` to `<data_dir>/dev-token` when no token exists at all, so
/// that a fresh server can be called at once. Returns the file when it was written.
async fn ensure_dev_token(store: &dyn Store, data_dir: &Path, org: &str) -> Result<Option<PathBuf>, ServeError> {
    if !store.list_tokens(None).await?.is_empty() {
        return Ok(None);
    }
    let issued = crate::auth::issue_token(store, org, "first-start development token").await?;
    let path = data_dir.join(DEV_TOKEN_FILE);
    write_secret_file(&path, &issued.token)?;
    Ok(Some(path))
}

/// Writes `contents` and a newline to `path`, readable by the server's user only.
fn write_secret_file(path: &Path, contents: &str) -> Result<(), ServeError> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    use std::io::Write;
    let mut f = options.open(path).map_err(io("writing", path.display()))?;
    writeln!(f, "{contents}").and_then(|()| f.sync_all()).map_err(io("writing", path.display()))?;
    Ok(())
}

/// The token `/metrics` requires: `configured`, else the one in
/// `<data_dir>/metrics-token` (made on first start).
fn metrics_token(data_dir: &Path, configured: Option<&str>) -> Result<String, ServeError> {
    if let Some(token) = configured.filter(|t| !t.is_empty()) {
        return Ok(token.to_string());
    }
    let path = data_dir.join(METRICS_TOKEN_FILE);
    if let Ok(text) = std::fs::read_to_string(&path) {
        return Ok(text.trim().to_string());
    }
    let token = format!("{}{}", uuid::Uuid::new_v4().simple(), uuid::Uuid::new_v4().simple());
    write_secret_file(&path, &token)?;
    Ok(token)
}

/// A server started in this process by [`spawn_local`].
#[derive(Debug, Clone)]
pub struct LocalServer {
    /// `http://127.0.0.1:<port>`.
    pub url: String,
    /// The first-start token of `dev_org`.
    pub token: String,
}

/// Starts a server on a free loopback port with the embedded defaults, in the
/// background of the current runtime, and waits until it accepts connections: for
/// embedding (tests, examples, benchmarks) without the binary.
pub async fn spawn_local(data_dir: &Path, dev_org: &str) -> Result<LocalServer, ServeError> {
    let free = std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr());
    let listen = SocketAddr::from(([127, 0, 0, 1], free.map_err(io("binding", "127.0.0.1:0"))?.port()));
    let config = Config {
        data_dir: data_dir.to_path_buf(),
        storage: StorageSettings::default(),
        role: Default::default(),
        node_name: None,
        advertise: None,
        listen,
        max_body_bytes: DEFAULT_MAX_BODY_BYTES,
        max_output_bytes: DEFAULT_MAX_OUTPUT_BYTES,
        dev_org: dev_org.to_string(),
        base_domain: DEFAULT_BASE_DOMAIN.to_string(),
        builds: Default::default(),
        build_cache_dir: None,
        git_local_dir: None,
        isolation: IsolationSettings::default(),
        metrics_token: None,
        retention: Default::default(),
        open_jobs: None,
    };
    let server = tokio::spawn(serve(config));
    for _ in 0..600 {
        if server.is_finished() {
            return match server.await {
                Ok(Err(e)) => Err(e),
                other => Err(ServeError::Start(format!("the server stopped at start: {other:?}"))),
            };
        }
        if tokio::net::TcpStream::connect(listen).await.is_ok() {
            let path = data_dir.join(DEV_TOKEN_FILE);
            let token = std::fs::read_to_string(&path).map_err(io("reading", path.display()))?.trim().to_string();
            return Ok(LocalServer { url: format!("http://{listen}"), token });
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    Err(ServeError::Start(format!("the server did not listen on {listen} within 30 s")))
}

/// Runs the server until SIGINT or SIGTERM.
pub async fn serve(config: Config) -> Result<(), ServeError> {
    // First: a server that cannot isolate tenants does not start (unless told to).
    let sandbox = Arc::new(config.isolation.sandbox()?);
    tracing::info!(sandbox = sandbox.report(), "isolation");
    let storage = open_storage(&config.data_dir, &config.storage).await?;
    if !storage.shared {
        recover_alone(&storage).await?;
    }
    let key_path = config.data_dir.join("secret.key");
    if SecretKey::next_path(&key_path).exists() {
        // Fail closed: which key seals which secret is what the rotation settles.
        return Err(ServeError::Start(format!(
            "{} exists: a key rotation was interrupted; run `ignite-server secrets rotate-key` again to finish it",
            SecretKey::next_path(&key_path).display()
        )));
    }
    let secret_key = SecretKey::load_or_create(&key_path)?;
    let metrics_token = metrics_token(&config.data_dir, config.metrics_token.as_deref())?;
    let dev_token = ensure_dev_token(storage.store.as_ref(), &config.data_dir, &config.dev_org).await?;
    let listener = tokio::net::TcpListener::bind(config.listen).await.map_err(io("binding", config.listen))?;
    let addr = listener.local_addr().map_err(io("binding", config.listen))?;
    let jobs_listener = match &config.open_jobs {
        Some(open) => {
            OrgName::new(&open.org).map_err(|e| ServeError::Start(format!("--jobs-org {:?}: {e}", open.org)))?;
            Some(tokio::net::TcpListener::bind(open.listen).await.map_err(io("binding", open.listen))?)
        }
        None => None,
    };
    let build_cache = config.build_cache_dir.clone().unwrap_or_else(|| config.data_dir.join("build-cache"));
    let mut engine = crate::engine::Engine::new(
        &config.data_dir.join("runtime"),
        &build_cache,
        config.git_local_dir.clone(),
        config.isolation.insecure_registries.clone(),
        sandbox,
        storage.blobs.clone(),
    )
    .await?;
    if !config.role.runs_engine() {
        engine.refuse_tenant_code();
    }
    let settings = Settings {
        max_upload_bytes: config.max_body_bytes,
        max_output_bytes: config.max_output_bytes,
        base_domain: config.base_domain.clone(),
        cluster_id: config.storage.cluster_id(),
        node: crate::domain::cluster::NodeSettings {
            role: config.role,
            node_name: config.node_name.clone().unwrap_or_else(host_name),
            address: config.advertise.clone().unwrap_or_else(|| addr.to_string()),
        },
        builds: config.builds,
        retention: config.retention.clone(),
    };
    let services = Services::assemble(settings, storage.store, storage.blobs, Arc::new(engine), secret_key);
    services.spawn_background().await?;
    let api = ApiSettings { max_body_bytes: config.max_body_bytes, metrics_token };
    let app = traced(crate::api::router(services.clone(), api)?);
    let mut banner_jobs = String::new();
    let open_jobs = match (jobs_listener, &config.open_jobs) {
        (Some(listener), Some(open)) => {
            let router = traced(crate::api::jobs::open_router(services.clone(), open.org.clone(), open.allow.clone()));
            banner_jobs = format!(
                "jobs API without Authorization for organization \"{}\" on {} (clients from {})\n",
                open.org,
                listener.local_addr().map_err(io("binding", open.listen))?,
                open.allow.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ")
            );
            Some(serve_connections(listener, router, shutdown_signal()))
        }
        _ => None,
    };
    // Stdout carries exactly these lines so scripts and tests can read the address. A
    // closed stdout must not stop the server, so write errors are ignored.
    let mut banner = format!("ignite-server listening on {addr} (gRPC and HTTP)\n");
    banner.push_str(&banner_jobs);
    if let Some(path) = dev_token {
        banner.push_str(&format!(
            "first start: a token for organization \"{}\" is in {}\n  try: curl -H \"Authorization: Bearer $(cat {})\" http://{addr}/v1/ignite/app/{}\n",
            config.dev_org,
            path.display(),
            path.display(),
            config.dev_org
        ));
    }
    {
        use std::io::Write;
        let mut out = std::io::stdout().lock();
        let _ = out.write_all(banner.as_bytes()).and_then(|()| out.flush());
    }
    tracing::info!(%addr, data_dir = %config.data_dir.display(), role = config.role.label(), "serving");
    match open_jobs {
        Some(jobs) => {
            tokio::join!(serve_connections(listener, app, shutdown_signal()), jobs);
        }
        None => serve_connections(listener, app, shutdown_signal()).await,
    }
    services.cluster.leave().await;
    tracing::info!("stopped");
    Ok(())
}

/// Every request in a span of its own that continues the caller's trace, with the
/// caller's `traceparent` at hand for its guest (`obs::trace`).
fn traced(app: axum::Router) -> axum::Router {
    async fn with_caller(req: axum::extract::Request, next: axum::middleware::Next) -> axum::response::Response {
        let caller = crate::obs::trace::caller_traceparent(req.headers());
        crate::obs::trace::with_caller(caller, next.run(req)).await
    }
    let spans = tower_http::trace::TraceLayer::new_for_http()
        .make_span_with(|req: &http::Request<axum::body::Body>| {
            crate::obs::trace::request_span(req.method(), req.uri().path(), req.headers())
        })
        .on_response(|res: &http::Response<axum::body::Body>, _: std::time::Duration, span: &tracing::Span| {
            span.record("http.response.status_code", res.status().as_u16());
        });
    app.layer(axum::middleware::from_fn(with_caller)).layer(spans)
}

/// How long a client has to send a request's head (a slow one is cut off: slowloris).
pub const HEADER_READ_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);
/// HTTP/2 pings of an idle connection, and how long a ping's answer may take.
const HTTP2_KEEP_ALIVE: std::time::Duration = std::time::Duration::from_secs(30);
const HTTP2_KEEP_ALIVE_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(20);
/// Connections served at once; more wait in the kernel's accept queue.
pub const MAX_CONNECTIONS: usize = 4096;

/// Serves `app` on `listener` until `shutdown`, then lets the connections in flight
/// finish: HTTP/1 and HTTP/2 on one port, a request head must arrive within
/// [`HEADER_READ_TIMEOUT`] (on every keep-alive request too), idle HTTP/2 connections
/// are pinged and dropped when silent, and at most [`MAX_CONNECTIONS`] are served.
async fn serve_connections(
    listener: tokio::net::TcpListener,
    app: axum::Router,
    shutdown: impl std::future::Future<Output = ()>,
) {
    use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
    let mut builder = hyper_util::server::conn::auto::Builder::new(TokioExecutor::new());
    builder.http1().timer(TokioTimer::new()).header_read_timeout(HEADER_READ_TIMEOUT);
    builder
        .http2()
        .timer(TokioTimer::new())
        .keep_alive_interval(HTTP2_KEEP_ALIVE)
        .keep_alive_timeout(HTTP2_KEEP_ALIVE_TIMEOUT)
        .max_concurrent_streams(256);
    let builder = Arc::new(builder);
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let slots = Arc::new(tokio::sync::Semaphore::new(MAX_CONNECTIONS));
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let slot = tokio::select! {
            slot = slots.clone().acquire_owned() => slot.expect("the semaphore is never closed"),
            () = &mut shutdown => break,
        };
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(a) => a,
                Err(e) => {
                    // Out of descriptors and the like: wait a little rather than spin.
                    tracing::warn!("accept: {e}");
                    tokio::time::sleep(std::time::Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let _ = stream.set_nodelay(true);
        // Handlers that need the client's address take it as ConnectInfo.
        let with_peer = tower::ServiceExt::map_request(app.clone(), move |mut req: http::Request<_>| {
            req.extensions_mut().insert(axum::extract::ConnectInfo(peer));
            req
        });
        let service = hyper_util::service::TowerToHyperService::new(with_peer);
        let connection = builder.serve_connection_with_upgrades(TokioIo::new(stream), service).into_owned();
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            let _ = connection.await;
            drop(slot);
        });
    }
    graceful.shutdown().await;
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {}
        () = terminate => {}
    }
}
