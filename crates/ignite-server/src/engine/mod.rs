//! The execution engine of the server: the runtimes (one of each per process) and one
//! instance pool per loaded version, created on first use and reused by every call.

pub mod secrets;

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use ignite_core::Error;
use ignite_core::function_id::FunctionId;
use ignite_core::resources::ResourceLimits;
use ignite_core::runtime::{Artifact, BuildRequest, Invocation, Runtime, RuntimeError, RuntimeKind, VersionSpec};
use ignite_runtime::build::{Builder, Toolchains};
use ignite_runtime::image::{ImageRuntime, SourceBuilds};
use ignite_runtime::native::NativeRuntime;
use ignite_runtime::pool::{InstancePool, PoolConfig, PooledResponse, ReplicaInfo};
use ignite_runtime::python::{PythonConfig, PythonRuntime};
use ignite_runtime::sandbox::Sandbox;
use ignite_runtime::wasm::{WasmConfig, WasmRuntime};

use self::secrets::{Redacting, SecretSource};
use crate::obs::CallSink;
use crate::obs::telemetry::Telemetry;
use crate::store::blobs::BlobStore;
use crate::store::stats::Outcome;

/// Why the engine cannot start (a runtime could not be set up).
#[derive(Debug, thiserror::Error)]
#[error("starting the {runtime} runtime: {message}")]
pub struct EngineError {
    pub runtime: &'static str,
    pub message: String,
}

fn starting(runtime: &'static str) -> impl FnOnce(&dyn std::fmt::Display) -> EngineError {
    move |e| EngineError { runtime, message: e.to_string() }
}

/// What to run: a published version (or the draft, version 0) of an app, in core
/// types only (the domain converts an app's config into it once per version).
#[derive(Debug, Clone)]
pub struct Target {
    pub function: FunctionId,
    pub version: u32,
    pub kind: RuntimeKind,
    /// Blob holding what the runtime loads (the upload, or a build's artifact).
    pub code_hash: String,
    pub settings: RunSettings,
}

/// How a version runs: what its runtime and its instance pool need of the app's config.
#[derive(Debug, Clone)]
pub struct RunSettings {
    pub limits: ResourceLimits,
    /// How long the replicas' log lines are kept in the store.
    pub log_retention: std::time::Duration,
    pub env: BTreeMap<String, String>,
    pub network: bool,
    pub egress_allow: Vec<String>,
    pub ports: Vec<u16>,
    pub health_path: String,
    pub pool: PoolConfig,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct PoolKey {
    app_id: String,
    version: u32,
    code_hash: String,
}

/// A version's pool, once loaded.
type PoolSlot = tokio::sync::OnceCell<Arc<InstancePool>>;

pub struct Engine {
    wasm: Arc<WasmRuntime>,
    python: Arc<PythonRuntime>,
    /// Rust (native), Go and Deno; also builds Rust for wasm.
    native: Arc<NativeRuntime>,
    image: Arc<ImageRuntime>,
    /// What isolates every process the runtimes start.
    pub sandbox: Arc<Sandbox>,
    blobs: BlobStore,
    pub telemetry: Arc<Telemetry>,
    /// Where every call is counted: execution stats and Prometheus metrics.
    pub calls: Arc<CallSink>,
    /// One slot per loaded version: a version loads once, while calls of every other
    /// version go on (the map's lock is never held across a load).
    pools: std::sync::Mutex<HashMap<PoolKey, Arc<PoolSlot>>>,
    /// Versions whose load failed (app id, version): why, until a load succeeds.
    load_failures: std::sync::Mutex<HashMap<(String, u32), String>>,
    /// False on an API server: it forwards calls of tenants' code to workers, and
    /// refuses any that reaches its engine (fails closed).
    runs_tenant_code: bool,
    /// Resolves `secret://NAME` env values (set once the services exist).
    secrets: std::sync::OnceLock<Arc<dyn SecretSource>>,
    /// The secrets (`org/name`) each loaded version's environment holds.
    secret_users: std::sync::Mutex<HashMap<PoolKey, Vec<String>>>,
}

fn refused() -> Error {
    Error::internal("this server (--role api) runs no tenant code; the call should have gone to a worker")
}

fn runtime_error(e: RuntimeError) -> Error {
    Error::from(e)
}

impl Engine {
    /// `build_cache` holds the SDKs and the toolchains' shared caches (crates, Go and
    /// Deno caches, target directories); it may be shared by several servers.
    /// `git_local_dir`: local repositories under it may be cloned by image builds.
    pub async fn new(
        work_dir: &Path,
        build_cache: &Path,
        git_local_dir: Option<PathBuf>,
        insecure_registries: Vec<String>,
        sandbox: Arc<Sandbox>,
        blobs: BlobStore,
    ) -> Result<Self, EngineError> {
        let wasm = WasmRuntime::new(WasmConfig::new(work_dir.join("wasm-cache"))).map_err(|e| starting("wasm")(&e))?;
        let python = PythonRuntime::new(PythonConfig::new(work_dir.join("python"), sandbox.clone()))
            .await
            .map_err(|e| starting("python")(&e))?;
        let builder = Builder::new(build_cache, sandbox.clone(), Toolchains::detect().await)
            .map_err(|e| starting("build")(&e))?;
        let builder = Arc::new(builder);
        let native = NativeRuntime::new(work_dir.join("native"), sandbox.clone(), builder.clone());
        let sources = SourceBuilds {
            buildah_root: build_cache.join("buildah"),
            compiler: builder,
            git_local_dir,
            insecure_registries,
        };
        let image =
            ImageRuntime::new(work_dir.join("images"), sandbox.clone(), sources).map_err(|e| starting("image")(&e))?;
        Ok(Engine {
            wasm: Arc::new(wasm),
            python: Arc::new(python),
            native: Arc::new(native),
            image: Arc::new(image),
            sandbox,
            blobs,
            telemetry: Arc::new(Telemetry::default()),
            calls: Arc::new(CallSink::default()),
            pools: Default::default(),
            load_failures: Default::default(),
            runs_tenant_code: true,
            secrets: Default::default(),
            secret_users: Default::default(),
        })
    }

    /// Where app secrets come from (the SecretService).
    pub fn set_secret_source(&self, source: Arc<dyn SecretSource>) {
        let _ = self.secrets.set(source);
    }

    fn runtime(&self, kind: RuntimeKind) -> Result<Arc<dyn Runtime>, Error> {
        match kind {
            RuntimeKind::Python => Ok(self.python.clone()),
            RuntimeKind::Wasm | RuntimeKind::RustWasm => Ok(self.wasm.clone()),
            RuntimeKind::RustNative | RuntimeKind::Go | RuntimeKind::Deno => Ok(self.native.clone()),
            RuntimeKind::Image => Ok(self.image.clone()),
        }
    }

    /// Builds code of `kind` (Rust for wasm is built by the compiled runtimes and run
    /// by the wasm runtime).
    pub async fn build(&self, kind: RuntimeKind, request: BuildRequest) -> Result<Artifact, RuntimeError> {
        if !self.runs_tenant_code {
            return Err(RuntimeError::Unsupported(refused().message().to_string()));
        }
        let builder: Arc<dyn Runtime> = match kind {
            RuntimeKind::RustWasm => self.native.clone(),
            other => self.runtime(other).map_err(|e| RuntimeError::Unsupported(e.message().to_string()))?,
        };
        builder.build(request).await
    }

    /// An API server's engine: it loads and builds nothing.
    pub fn refuse_tenant_code(&mut self) {
        self.runs_tenant_code = false;
    }

    /// The pool of `target`, loading the version on first use.
    async fn pool(&self, target: &Target) -> Result<Arc<InstancePool>, Error> {
        if !self.runs_tenant_code {
            return Err(refused());
        }
        let key = PoolKey {
            app_id: target.function.to_string(),
            version: target.version,
            code_hash: target.code_hash.to_string(),
        };
        let slot = self.pools.lock().expect("pools lock").entry(key.clone()).or_default().clone();
        let pool = slot.get_or_try_init(|| self.load_pool(&key, target)).await?.clone();
        // Retired (deleted, rolled past, replaced) while it loaded: serve nothing.
        let current = self.pools.lock().expect("pools lock").get(&key).is_some_and(|s| Arc::ptr_eq(s, &slot));
        if !current {
            pool.shutdown().await;
            return Err(Error::new(
                ignite_core::Code::Unavailable,
                format!("{} v{} was retired while it loaded", key.app_id, key.version),
            ));
        }
        Ok(pool)
    }

    /// Loads a version (its code from the blob store, then the runtime's load).
    async fn load_pool(&self, key: &PoolKey, target: &Target) -> Result<Arc<InstancePool>, Error> {
        let app_id = target.function.to_string();
        let runtime = self.runtime(target.kind)?;
        let code = self.blobs.read(&target.code_hash).await.map_err(|e| {
            Error::internal(format!("the code of {app_id} v{} is missing: {}", target.version, e.message()))
        })?;
        let settings = &target.settings;
        let env = secrets::resolve(&settings.env, target.function.org().as_str(), self.secrets.get()).await?;
        self.secret_users.lock().expect("secret users lock").insert(key.clone(), env.names);
        let observer = Redacting::wrap(
            self.telemetry.replica_observer(&app_id, target.version, settings.log_retention),
            &env.values,
        );
        let spec = VersionSpec {
            function: target.function.clone(),
            version: target.version,
            artifact: Artifact { kind: target.kind, bytes: code.into(), metadata: BTreeMap::new() },
            env: env.env,
            limits: settings.limits,
            max_concurrency: settings.pool.max_concurrency,
            network: settings.network,
            egress_allow: settings.egress_allow.clone(),
            ports: settings.ports.clone(),
            health_path: settings.health_path.clone(),
            observer: observer.clone(),
        };
        let failure_key = (app_id.clone(), target.version);
        let loaded = match runtime.load(spec).await {
            Ok(loaded) => {
                self.load_failures.lock().expect("load failures lock").remove(&failure_key);
                loaded
            }
            Err(e) => {
                self.load_failures.lock().expect("load failures lock").insert(failure_key, e.to_string());
                return Err(runtime_error(e));
            }
        };
        let name = format!("{}-v{}", target.function.app(), target.version);
        Ok(InstancePool::new(loaded, name, settings.pool, observer))
    }

    /// The loaded pools (those still loading are left out).
    fn loaded_pools(&self) -> Vec<(PoolKey, Arc<InstancePool>)> {
        let pools = self.pools.lock().expect("pools lock");
        pools.iter().filter_map(|(k, slot)| slot.get().map(|p| (k.clone(), p.clone()))).collect()
    }

    /// Serves one call on `target`. Every call is counted in the execution stats when
    /// its response ends (or fails), and traced: an `invoke` span (app, version,
    /// execution id) around a `guest` span (replica, cold start) that lasts until the
    /// response's body ends, whose context the guest receives as `traceparent`.
    pub async fn invoke(&self, target: &Target, mut invocation: Invocation) -> Result<PooledResponse, Error> {
        use tracing::Instrument;
        let span = tracing::info_span!(
            "invoke",
            ignite.app = %target.function,
            ignite.version = target.version,
            ignite.execution_id = %invocation.ctx.execution_id,
        );
        let guest = tracing::info_span!(
            parent: &span,
            "guest",
            ignite.runtime = %target.kind,
            ignite.replica_id = tracing::field::Empty,
            ignite.cold_start = tracing::field::Empty,
            ignite.outcome = tracing::field::Empty,
            otel.status_code = tracing::field::Empty,
        );
        invocation.ctx.traceparent = guest.in_scope(crate::obs::trace::for_guest);
        if !invocation.ctx.traceparent.is_empty() {
            invocation.head.inject_context(&invocation.ctx);
        }
        self.invoke_traced(target, invocation, guest).instrument(span).await
    }

    async fn invoke_traced(
        &self,
        target: &Target,
        invocation: Invocation,
        guest: tracing::Span,
    ) -> Result<PooledResponse, Error> {
        use tracing::Instrument;
        let started = std::time::Instant::now();
        let app_id = target.function.to_string();
        let mut recorder = CallRecorder {
            calls: self.calls.clone(),
            app_id,
            version: target.version,
            started,
            cold_start: false,
            outcome: Outcome::Error,
            span: guest,
        };
        let pool = self.pool(target).await?;
        let span = recorder.span.clone();
        match pool.invoke(invocation).instrument(span).await {
            Ok(mut pooled) => {
                recorder.cold_start = pooled.cold_start;
                recorder.outcome = if pooled.response.head.status >= 500 { Outcome::Error } else { Outcome::Success };
                recorder.span.record("ignite.replica_id", pooled.replica_id.as_str());
                recorder.span.record("ignite.cold_start", pooled.cold_start);
                pooled.response.body = Box::pin(RecordedBody { inner: pooled.response.body, recorder: Some(recorder) });
                Ok(pooled)
            }
            Err(e) => {
                if matches!(e, RuntimeError::Timeout(_)) {
                    recorder.outcome = Outcome::Timeout;
                }
                Err(runtime_error(e))
            }
        }
    }

    /// Applies new scaling settings to the app's running pools.
    pub async fn reconfigure(&self, app_id: &str, config: &PoolConfig) {
        for (key, pool) in self.loaded_pools() {
            if key.app_id == app_id {
                pool.reconfigure(*config);
            }
        }
    }

    /// Stops the replicas of the app's drafts other than the one of `current_hash`
    /// (a draft replaced by SaveDraft is never called again).
    pub async fn retire_drafts(&self, app_id: &str, current_hash: &str) {
        self.shut_down_pools(|k| k.app_id == app_id && k.version == 0 && k.code_hash != current_hash).await;
    }

    /// Stops every replica of the app (deleted), or of its versions other than `keep`.
    pub async fn retire(&self, app_id: &str, keep: Option<u32>) {
        self.shut_down_pools(|k| k.app_id == app_id && keep.is_none_or(|v| k.version != v && k.version != 0)).await;
        self.load_failures
            .lock()
            .expect("load failures lock")
            .retain(|(app, version), _| app != app_id || keep.is_some_and(|k| *version == k || *version == 0));
        if keep.is_none() {
            self.telemetry.remove(app_id);
            self.calls.stats.remove(app_id);
            self.calls.recent.remove(app_id);
        }
    }

    /// A secret (`org/name`) changed: the versions whose environment holds it take no
    /// more calls (the next call loads them again with the new value); their replicas
    /// stop once their calls in flight have ended, or after [`secrets::ROTATION_GRACE`].
    pub async fn secret_changed(&self, secret: &str) {
        let users: Vec<PoolKey> = {
            let mut all = self.secret_users.lock().expect("secret users lock");
            let users: Vec<PoolKey> =
                all.iter().filter(|(_, names)| names.iter().any(|n| n == secret)).map(|(k, _)| k.clone()).collect();
            for k in &users {
                all.remove(k);
            }
            users
        };
        let draining: Vec<Arc<InstancePool>> = {
            let mut pools = self.pools.lock().expect("pools lock");
            users.iter().filter_map(|k| pools.remove(k)).filter_map(|slot| slot.get().cloned()).collect()
        };
        for pool in draining {
            tokio::spawn(async move {
                let deadline = tokio::time::Instant::now() + secrets::ROTATION_GRACE;
                while pool.replicas().iter().any(|r| r.in_flight > 0) && tokio::time::Instant::now() < deadline {
                    tokio::time::sleep(std::time::Duration::from_millis(50)).await;
                }
                pool.shutdown().await;
            });
        }
    }

    /// Removes the pools `which` selects and stops their replicas.
    async fn shut_down_pools(&self, which: impl Fn(&PoolKey) -> bool) {
        let retired: Vec<Arc<InstancePool>> = {
            let mut pools = self.pools.lock().expect("pools lock");
            let keys: Vec<PoolKey> = pools.keys().filter(|k| which(k)).cloned().collect();
            let mut users = self.secret_users.lock().expect("secret users lock");
            for k in &keys {
                users.remove(k);
            }
            // A slot still loading is dropped: its loader sees it gone and stops the pool.
            keys.iter().filter_map(|k| pools.remove(k)).filter_map(|slot| slot.get().cloned()).collect()
        };
        for pool in retired {
            pool.shutdown().await;
        }
    }

    /// Per app: live replicas and queued calls (for the metrics gauges).
    pub async fn pool_gauges(&self) -> Vec<(String, usize, usize)> {
        let mut per_app: BTreeMap<String, (usize, usize)> = BTreeMap::new();
        for (key, pool) in self.loaded_pools() {
            let entry = per_app.entry(key.app_id.clone()).or_default();
            entry.0 += pool.replicas().len();
            entry.1 += pool.queue_depth();
        }
        per_app.into_iter().map(|(app, (r, q))| (app, r, q)).collect()
    }

    /// Image blobs and root filesystems that none of `artifacts` (every stored image
    /// artifact) uses are removed; no image build may run meanwhile.
    pub async fn collect_image_garbage(&self, artifacts: Vec<bytes::Bytes>) -> Result<(usize, usize), RuntimeError> {
        self.image.collect_garbage(artifacts).await
    }

    /// Why `version` of the app cannot be served: its load failed, or its last replica
    /// failed to start and none has started since.
    pub async fn start_failure(&self, app_id: &str, version: u32) -> Option<String> {
        let key = (app_id.to_string(), version);
        if let Some(reason) = self.load_failures.lock().expect("load failures lock").get(&key) {
            return Some(reason.clone());
        }
        self.loaded_pools()
            .into_iter()
            .filter(|(k, _)| k.app_id == app_id && k.version == version)
            .find_map(|(_, p)| p.start_failure())
    }

    /// The live replicas of an app, with the version each serves.
    pub async fn replicas(&self, app_id: &str) -> Vec<(u32, ReplicaInfo)> {
        let mut out: Vec<(u32, ReplicaInfo)> = self
            .loaded_pools()
            .into_iter()
            .filter(|(k, _)| k.app_id == app_id)
            .flat_map(|(k, p)| p.replicas().into_iter().map(move |r| (k.version, r)))
            .collect();
        out.sort_by(|a, b| a.1.replica_id.cmp(&b.1.replica_id));
        out
    }
}

/// Records a call once its body ends, fails or is dropped (or it never got a
/// response), and ends its `guest` span then.
struct CallRecorder {
    calls: Arc<CallSink>,
    app_id: String,
    version: u32,
    started: std::time::Instant,
    cold_start: bool,
    outcome: Outcome,
    span: tracing::Span,
}

impl Drop for CallRecorder {
    fn drop(&mut self) {
        self.calls.record(&self.app_id, self.version, self.outcome, self.started.elapsed(), self.cold_start);
        self.span.record("ignite.outcome", self.outcome.label());
        if self.outcome != Outcome::Success {
            self.span.record("otel.status_code", "error");
        }
    }
}

struct RecordedBody {
    inner: ignite_core::runtime::BodyStream,
    recorder: Option<CallRecorder>,
}

impl futures::Stream for RecordedBody {
    type Item = Result<bytes::Bytes, RuntimeError>;
    fn poll_next(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Self::Item>> {
        let polled = self.inner.as_mut().poll_next(cx);
        match &polled {
            std::task::Poll::Ready(Some(Err(e))) => {
                if let Some(r) = self.recorder.as_mut() {
                    r.outcome = if matches!(e, RuntimeError::Timeout(_)) { Outcome::Timeout } else { Outcome::Error };
                }
                self.recorder.take();
            }
            std::task::Poll::Ready(None) => {
                self.recorder.take();
            }
            _ => {}
        }
        polled
    }
}
