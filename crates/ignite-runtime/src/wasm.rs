//! The WebAssembly runtime on wasmtime.
//!
//! One [`Engine`] per process (pooling allocator, copy-on-write memory images, epoch
//! interruption) and one linker per guest kind. Each version is compiled once (and the
//! compiled code cached on disk, keyed by code hash and engine configuration) and
//! pre-instantiated once; every call gets a fresh `Store`. Guest kinds, detected from
//! the binary:
//!
//! * **WASI preview 1 command modules** (and `.wat` text): the request body on stdin,
//!   the response body from stdout, stderr lines become log lines, exit code 0 is
//!   success.
//! * **`wasi:cli/command` components**: the same contract.
//! * **`wasi:http/proxy` components**: the request head and body reach the guest's
//!   `incoming-handler`, its response streams back.
//!
//! Guests get no network (outgoing HTTP is refused, no sockets), no filesystem, and
//! the app's environment plus the execution context.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use async_trait::async_trait;
use futures::StreamExt;
use http_body_util::BodyExt;
use ignite_core::runtime::{
    Artifact, Body, BuildRequest, CancellationToken, EventKind, Instance, InstanceStatus, Invocation,
    InvocationResponse, LoadedVersion, LogStream, ResourceUsage, ResponseHead, Runtime, RuntimeError, RuntimeEvent,
    RuntimeKind, VersionSpec,
};
use sha2::{Digest, Sha256};
use tokio::sync::oneshot;
use wasmtime::component::{Component, ResourceTable};
use wasmtime::{Config, Engine, InstanceAllocationStrategy, Module, PoolingAllocationConfig, Store, UpdateDeadline};
use wasmtime_wasi::cli::AsyncStdinStream;
use wasmtime_wasi::p2::pipe::MemoryInputPipe;

use crate::wasm_io::{ChannelOutput, LineLog};
use wasmtime_wasi::p1::WasiP1Ctx;
use wasmtime_wasi::p2::bindings::CommandPre;
use wasmtime_wasi::{I32Exit, WasiCtx, WasiCtxBuilder, WasiCtxView, WasiView};
use wasmtime_wasi_http::p2::bindings::ProxyPre;
use wasmtime_wasi_http::p2::bindings::http::types::Scheme;
use wasmtime_wasi_http::{WasiHttpCtx, WasiHttpCtxView, WasiHttpHooks, WasiHttpView};

/// How much of a pooled linear memory (and table) stays resident between instances, zeroed
/// in place; the pool holds at most this much per slot it keeps warm.
const KEEP_RESIDENT_MEMORY_BYTES: usize = 1 << 20;
const KEEP_RESIDENT_TABLE_BYTES: usize = 128 << 10;
/// Decommits (memory past the resident part) flushed together, one TLB shootdown each.
const DECOMMIT_BATCH: usize = 16;

/// How often the epoch advances; deadlines are checked at this granularity.
const EPOCH_TICK: Duration = Duration::from_millis(5);
/// Output buffered between a guest and its reader before the guest waits.
const PIPE_BUFFER: usize = 64 * 1024;

/// Engine-wide settings.
#[derive(Debug, Clone)]
pub struct WasmConfig {
    /// Where compiled code is cached across restarts.
    pub cache_dir: PathBuf,
    /// Instances the pooling allocator reserves slots for.
    pub pool_instances: u32,
    /// Largest linear memory a guest may ever have (per-app limits are lower).
    pub max_memory_bytes: usize,
}

impl WasmConfig {
    pub fn new(cache_dir: impl Into<PathBuf>) -> Self {
        WasmConfig { cache_dir: cache_dir.into(), pool_instances: 256, max_memory_bytes: 4 << 30 }
    }
}

/// Why a store stopped: set by the epoch callback and the memory limiter so a trap
/// can be reported as what it is.
#[derive(Default)]
struct StopReason {
    timed_out: AtomicBool,
    out_of_memory: AtomicBool,
    /// The caller gave up on the call: the guest is interrupted at its next epoch tick
    /// (or dropped, if it waits on the host).
    cancel: CancellationToken,
}

impl StopReason {
    fn new(cancel: CancellationToken) -> Arc<StopReason> {
        Arc::new(StopReason { timed_out: AtomicBool::new(false), out_of_memory: AtomicBool::new(false), cancel })
    }
}

/// Memory accounting of one store.
struct Limiter {
    limit: usize,
    peak: usize,
    reason: Arc<StopReason>,
}

impl wasmtime::ResourceLimiter for Limiter {
    fn memory_growing(&mut self, _current: usize, desired: usize, _maximum: Option<usize>) -> wasmtime::Result<bool> {
        if desired > self.limit {
            self.reason.out_of_memory.store(true, Ordering::SeqCst);
            wasmtime::bail!("memory limit of {} bytes exceeded (wanted {desired})", self.limit);
        }
        self.peak = self.peak.max(desired);
        Ok(true)
    }

    fn table_growing(&mut self, _current: usize, desired: usize, _maximum: Option<usize>) -> wasmtime::Result<bool> {
        Ok(desired <= 100_000)
    }
}

/// Store data of core modules.
struct ModuleState {
    wasi: WasiP1Ctx,
    limiter: Limiter,
}

/// Outgoing HTTP is refused: guests have no network.
struct NoNetwork;

impl WasiHttpHooks for NoNetwork {
    fn send_request(
        &mut self,
        _request: http::Request<wasmtime_wasi_http::WasiBody>,
        _options: Option<wasmtime_wasi_http::RequestOptions>,
        _fut: Box<dyn Future<Output = Result<(), wasmtime_wasi_http::Error>> + Send>,
    ) -> Box<
        dyn Future<
                Output = wasmtime_wasi_http::Result<(
                    http::Response<wasmtime_wasi_http::WasiBody>,
                    Box<dyn Future<Output = Result<(), wasmtime_wasi_http::Error>> + Send>,
                )>,
            > + Send,
    > {
        Box::new(async { Err(wasmtime_wasi_http::Error::HttpRequestDenied) })
    }
}

/// Store data of components.
struct ComponentState {
    wasi: WasiCtx,
    http: WasiHttpCtx,
    table: ResourceTable,
    hooks: NoNetwork,
    limiter: Limiter,
}

impl WasiView for ComponentState {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        WasiCtxView { ctx: &mut self.wasi, table: &mut self.table }
    }
}

impl WasiHttpView for ComponentState {
    fn http(&mut self) -> WasiHttpCtxView<'_> {
        WasiHttpCtxView { ctx: &mut self.http, table: &mut self.table, hooks: &mut self.hooks }
    }
}

/// The wasm runtime: one per process.
pub struct WasmRuntime {
    engine: Engine,
    module_linker: wasmtime::Linker<ModuleState>,
    component_linker: wasmtime::component::Linker<ComponentState>,
    compiler: Compiler,
    stop_ticker: Arc<AtomicBool>,
}

/// Compiles binaries for the engine, through a cache of compiled code on disk. Cheap to
/// clone: compiles run on a blocking thread (seconds for a large component), never on
/// the async threads that serve calls.
#[derive(Clone)]
struct Compiler {
    engine: Engine,
    cache_dir: PathBuf,
    engine_hash: String,
}

impl Drop for WasmRuntime {
    fn drop(&mut self) {
        self.stop_ticker.store(true, Ordering::SeqCst);
    }
}

fn wasm_err(context: &str, e: impl std::fmt::Display) -> RuntimeError {
    RuntimeError::InvalidArtifact(format!("{context}: {e}"))
}

/// What a binary is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum BinaryKind {
    Module,
    Component,
}

/// Binary wasm as is, `.wat` text parsed; and which kind it is (from the header's
/// layer field: 0 = core module, 1 = component).
fn to_binary(bytes: &[u8]) -> Result<(Vec<u8>, BinaryKind), RuntimeError> {
    let binary = if bytes.starts_with(b"\0asm") {
        bytes.to_vec()
    } else {
        wat::parse_bytes(bytes).map_err(|e| wasm_err("not WebAssembly (binary or text)", e))?.into_owned()
    };
    if binary.len() < 8 {
        return Err(RuntimeError::InvalidArtifact("truncated WebAssembly header".into()));
    }
    match binary[6..8] {
        [0, 0] => Ok((binary, BinaryKind::Module)),
        [1, 0] => Ok((binary, BinaryKind::Component)),
        _ => Err(RuntimeError::InvalidArtifact("unknown WebAssembly layer".into())),
    }
}

/// The engine configuration of the runtime (pooling allocator and how its slots are
/// reset, epochs, components, copy-on-write images): public so a benchmark's raw
/// wasmtime floor runs on exactly the engine the runtime uses.
pub fn engine_config(settings: &WasmConfig) -> Config {
    let mut pool = PoolingAllocationConfig::default();
    pool.total_core_instances(settings.pool_instances)
        .total_component_instances(settings.pool_instances)
        .total_memories(settings.pool_instances)
        .total_tables(settings.pool_instances)
        .total_stacks(settings.pool_instances)
        .max_memory_size(settings.max_memory_bytes)
        .max_core_instances_per_component(64)
        .max_memories_per_component(16)
        // A slot given back is reset in place instead of with madvise: on a busy
        // server the madvise of every finished call cost a TLB shootdown across all
        // cores (a fifth of the host-routed path's CPU in a profile). PAGEMAP_SCAN
        // (Linux 6.7+) limits the reset to the pages the guest touched; the few
        // madvise calls left (memory past the resident part) go in batches.
        .linear_memory_keep_resident(KEEP_RESIDENT_MEMORY_BYTES)
        .table_keep_resident(KEEP_RESIDENT_TABLE_BYTES)
        .pagemap_scan(wasmtime::Enabled::Auto)
        .decommit_batch_size(DECOMMIT_BATCH);
    let mut wasm = Config::new();
    wasm.epoch_interruption(true)
        .wasm_component_model(true)
        .memory_init_cow(true)
        .allocation_strategy(InstanceAllocationStrategy::Pooling(pool));
    wasm
}

impl WasmRuntime {
    pub fn new(config: WasmConfig) -> anyhow::Result<Self> {
        let wasm = engine_config(&config);
        let engine = Engine::new(&wasm).map_err(|e| anyhow::anyhow!("wasm engine: {e}"))?;

        let mut module_linker = wasmtime::Linker::new(&engine);
        wasmtime_wasi::p1::add_to_linker_async(&mut module_linker, |s: &mut ModuleState| &mut s.wasi)
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        let mut component_linker = wasmtime::component::Linker::new(&engine);
        wasmtime_wasi::p2::add_to_linker_async(&mut component_linker).map_err(|e| anyhow::anyhow!("{e}"))?;
        wasmtime_wasi_http::p2::add_only_http_to_linker_async(&mut component_linker)
            .map_err(|e| anyhow::anyhow!("{e}"))?;

        let mut hasher = DefaultHasher::new();
        engine.precompile_compatibility_hash().hash(&mut hasher);
        let engine_hash = format!("{:016x}", hasher.finish());
        std::fs::create_dir_all(&config.cache_dir)?;

        // One thread advances the epoch for every store of this engine.
        let stop_ticker = Arc::new(AtomicBool::new(false));
        let (ticker_engine, stop) = (engine.clone(), stop_ticker.clone());
        std::thread::Builder::new().name("ignite-wasm-epoch".into()).spawn(move || {
            while !stop.load(Ordering::Relaxed) {
                std::thread::sleep(EPOCH_TICK);
                ticker_engine.increment_epoch();
            }
        })?;

        let compiler = Compiler { engine: engine.clone(), cache_dir: config.cache_dir, engine_hash };
        Ok(WasmRuntime { engine, module_linker, component_linker, compiler, stop_ticker })
    }

    /// Compiles `binary` (or reads its cached compiled code) on a blocking thread.
    async fn compile(&self, binary: Vec<u8>, kind: BinaryKind) -> Result<Compiled, RuntimeError> {
        let compiler = self.compiler.clone();
        crate::blocking(move || compiler.compile(&binary, kind)).await
    }

    /// Whether the compiled code of `binary` is in the cache.
    pub fn is_cached(&self, binary: &[u8]) -> bool {
        to_binary(binary).map(|(b, _)| self.compiler.cache_path(&b).exists()).unwrap_or(false)
    }
}

impl Compiler {
    fn cache_path(&self, binary: &[u8]) -> PathBuf {
        let code = hex::encode(Sha256::digest(binary));
        self.cache_dir.join(format!("{code}-{}.cwasm", self.engine_hash))
    }

    /// Compiles `binary`, or loads the cached compiled code of an earlier compile.
    fn compile(&self, binary: &[u8], kind: BinaryKind) -> Result<Compiled, RuntimeError> {
        let path = self.cache_path(binary);
        if path.exists() {
            // SAFETY: the file was written by `serialize` of this engine configuration
            // (the engine hash is part of its name) into our own cache directory.
            let loaded = unsafe {
                match kind {
                    BinaryKind::Module => Module::deserialize_file(&self.engine, &path).map(Compiled::Module),
                    BinaryKind::Component => Component::deserialize_file(&self.engine, &path).map(Compiled::Component),
                }
            };
            match loaded {
                Ok(compiled) => return Ok(compiled),
                Err(e) => tracing::warn!(path = %path.display(), error = %e, "discarding unreadable compiled code"),
            }
        }
        let (compiled, bytes) = match kind {
            BinaryKind::Module => {
                let m = Module::new(&self.engine, binary).map_err(|e| wasm_err("invalid module", e))?;
                let bytes = m.serialize().map_err(|e| wasm_err("serializing", e))?;
                (Compiled::Module(m), bytes)
            }
            BinaryKind::Component => {
                let c = Component::new(&self.engine, binary).map_err(|e| wasm_err("invalid component", e))?;
                let bytes = c.serialize().map_err(|e| wasm_err("serializing", e))?;
                (Compiled::Component(c), bytes)
            }
        };
        let tmp = path.with_extension(format!("tmp{}", uuid::Uuid::new_v4().simple()));
        if std::fs::write(&tmp, &bytes).and_then(|()| std::fs::rename(&tmp, &path)).is_err() {
            let _ = std::fs::remove_file(&tmp);
            tracing::warn!(path = %path.display(), "could not cache compiled code");
        }
        Ok(compiled)
    }
}

enum Compiled {
    Module(Module),
    Component(Component),
}

/// A version, pre-instantiated.
enum Guest {
    Command(wasmtime::InstancePre<ModuleState>),
    CliComponent(CommandPre<ComponentState>),
    Proxy(ProxyPre<ComponentState>),
}

impl Guest {
    fn label(&self) -> &'static str {
        match self {
            Guest::Command(_) => "wasi-p1-command",
            Guest::CliComponent(_) => "wasi-cli-command",
            Guest::Proxy(_) => "wasi-http-proxy",
        }
    }
}

#[async_trait]
impl Runtime for WasmRuntime {
    fn name(&self) -> &'static str {
        "wasm"
    }

    fn supports(&self, kind: RuntimeKind) -> bool {
        matches!(kind, RuntimeKind::Wasm | RuntimeKind::RustWasm)
    }

    /// For uploaded wasm: validates and compiles (warming the cache); the artifact is
    /// the binary itself.
    async fn build(&self, request: BuildRequest) -> Result<Artifact, RuntimeError> {
        if request.spec.kind() != RuntimeKind::Wasm {
            return Err(RuntimeError::Unsupported(format!("the wasm runtime does not build {}", request.spec.kind())));
        }
        let (binary, kind) = to_binary(&request.source).map_err(|e| RuntimeError::BuildFailed(e.to_string()))?;
        request.log.write(format!("compiling a {} byte WebAssembly {kind:?}\n", binary.len()).as_bytes());
        let started = Instant::now();
        self.compile(binary.clone(), kind).await.map_err(|e| RuntimeError::BuildFailed(e.to_string()))?;
        request.log.write(format!("compiled in {:?}\n", started.elapsed()).as_bytes());
        Ok(Artifact { kind: RuntimeKind::Wasm, bytes: binary.into(), metadata: Default::default() })
    }

    async fn load(&self, spec: VersionSpec) -> Result<Arc<dyn LoadedVersion>, RuntimeError> {
        let (binary, kind) = to_binary(&spec.artifact.bytes)?;
        let guest = match self.compile(binary, kind).await? {
            Compiled::Module(m) => {
                Guest::Command(self.module_linker.instantiate_pre(&m).map_err(|e| wasm_err("linking", e))?)
            }
            Compiled::Component(c) => {
                let pre = self.component_linker.instantiate_pre(&c).map_err(|e| wasm_err("linking", e))?;
                match ProxyPre::new(pre.clone()) {
                    Ok(proxy) => Guest::Proxy(proxy),
                    Err(_) => Guest::CliComponent(CommandPre::new(pre).map_err(|e| {
                        wasm_err("a component must export wasi:http/incoming-handler or wasi:cli/run", e)
                    })?),
                }
            }
        };
        tracing::debug!(function = %spec.function, version = spec.version, kind = guest.label(), "loaded");
        Ok(Arc::new(LoadedWasm(Arc::new(Loaded { engine: self.engine.clone(), guest, spec }))))
    }
}

struct Loaded {
    engine: Engine,
    guest: Guest,
    spec: VersionSpec,
}

pub struct LoadedWasm(Arc<Loaded>);

#[async_trait]
impl LoadedVersion for LoadedWasm {
    async fn start_instance(&self, replica_id: &str) -> Result<Arc<dyn Instance>, RuntimeError> {
        self.0.spec.observer.event(RuntimeEvent::now(
            EventKind::Started,
            Some(replica_id),
            format!("started {} replica of {} v{}", self.0.guest.label(), self.0.spec.function, self.0.spec.version),
        ));
        Ok(Arc::new(WasmInstance(Arc::new(InstanceState {
            replica_id: replica_id.to_string(),
            loaded: self.0.clone(),
            stopped: AtomicBool::new(false),
            peak_memory: AtomicU64::new(0),
            cpu_time_us: AtomicU64::new(0),
            last_sample: Mutex::new((Instant::now(), 0)),
        }))))
    }
}

/// A logical replica: every call gets a fresh store. Calls run on tasks that outlive
/// a borrow of the instance, so its state lives behind an `Arc`.
pub struct WasmInstance(Arc<InstanceState>);

struct InstanceState {
    replica_id: String,
    loaded: Arc<Loaded>,
    stopped: AtomicBool,
    peak_memory: AtomicU64,
    /// Wall time spent running guest code (wasm runs on our threads).
    cpu_time_us: AtomicU64,
    last_sample: Mutex<(Instant, u64)>,
}

/// Feeds a request body into a pipe the guest reads as stdin.
fn feed_body(body: Body, mut writer: tokio::io::DuplexStream) {
    tokio::spawn(async move {
        use tokio::io::AsyncWriteExt;
        match body {
            Body::Full(b) => {
                let _ = writer.write_all(&b).await;
            }
            Body::Stream(mut s) => {
                while let Some(Ok(chunk)) = s.next().await {
                    if writer.write_all(&chunk).await.is_err() {
                        break;
                    }
                }
            }
        }
        let _ = writer.shutdown().await;
    });
}

impl InstanceState {
    fn limiter(&self, reason: &Arc<StopReason>) -> Limiter {
        Limiter { limit: self.loaded.spec.limits.memory_bytes() as usize, peak: 0, reason: reason.clone() }
    }

    /// Arms the store's deadline: the call traps once `timeout` has passed, and yields
    /// to the executor at every tick so long-running guests share threads fairly.
    fn arm_deadline<T: Send + 'static>(store: &mut Store<T>, timeout: Duration, reason: &Arc<StopReason>) {
        let deadline = Instant::now() + timeout;
        let reason = reason.clone();
        store.set_epoch_deadline(1);
        store.epoch_deadline_callback(move |_| {
            if reason.cancel.is_cancelled() {
                Ok(UpdateDeadline::Interrupt)
            } else if Instant::now() >= deadline {
                reason.timed_out.store(true, Ordering::SeqCst);
                Ok(UpdateDeadline::Interrupt)
            } else {
                Ok(UpdateDeadline::YieldCustom(1, Box::pin(tokio::task::yield_now())))
            }
        });
    }

    /// The end of a streamed body: empty when the guest ran to completion, else the
    /// one error saying how it failed (timeout, trap, exit) after its output.
    fn failure_tail(
        self: &Arc<Self>,
        task: tokio::task::JoinHandle<wasmtime::Result<()>>,
        reason: Arc<StopReason>,
        stderr: LineLog,
    ) -> impl futures::Stream<Item = Result<bytes::Bytes, RuntimeError>> + Send + 'static {
        let this = self.clone();
        futures::stream::once(async move {
            match task.await {
                Ok(Ok(())) => None,
                Ok(Err(e)) => Some(Err(this.failure(&reason, e, &stderr.last_line()))),
                Err(e) => Some(Err(RuntimeError::Trap(format!("guest task: {e}")))),
            }
        })
        .filter_map(|x| async move { x })
    }

    /// A fresh store for one component call, with its memory limit and deadline.
    fn component_store(&self, wasi: WasiCtx, reason: &Arc<StopReason>) -> Store<ComponentState> {
        let state = ComponentState {
            wasi,
            http: WasiHttpCtx::new(),
            table: ResourceTable::new(),
            hooks: NoNetwork,
            limiter: self.limiter(reason),
        };
        let mut store = Store::new(&self.loaded.engine, state);
        store.limiter(|s| &mut s.limiter);
        Self::arm_deadline(&mut store, self.loaded.spec.limits.timeout(), reason);
        store
    }

    fn env(&self, inv: &Invocation) -> Vec<(String, String)> {
        let mut env: Vec<(String, String)> = self.loaded.spec.env.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
        env.extend(inv.ctx.env_vars().map(|(k, v)| (k.to_string(), v)));
        env.push(("IGNITE_HTTP_METHOD".into(), inv.head.method.clone()));
        env.push(("IGNITE_HTTP_PATH".into(), inv.head.path.clone()));
        env.push(("IGNITE_HTTP_QUERY".into(), inv.head.query.clone()));
        env.push(("IGNITE_HTTP_HEADERS".into(), serde_json::to_string(&inv.head.headers).unwrap_or_default()));
        env
    }

    /// Maps how a run ended to the runtime's error.
    fn failure(&self, reason: &StopReason, error: wasmtime::Error, stderr_tail: &str) -> RuntimeError {
        let spec = &self.loaded.spec;
        if reason.cancel.is_cancelled() {
            spec.observer.event(RuntimeEvent::now(
                EventKind::Stopped,
                Some(&self.replica_id),
                "a call was cancelled and its instance stopped",
            ));
            return RuntimeError::Cancelled;
        }
        if reason.timed_out.load(Ordering::SeqCst) {
            spec.observer.event(RuntimeEvent::now(
                EventKind::Timeout,
                Some(&self.replica_id),
                format!("a call ran past the {} s limit and was stopped", spec.limits.timeout_secs),
            ));
            return RuntimeError::Timeout(spec.limits.timeout());
        }
        if reason.out_of_memory.load(Ordering::SeqCst) {
            spec.observer.event(RuntimeEvent::now(
                EventKind::OomKilled,
                Some(&self.replica_id),
                format!("memory limit of {} MB exceeded", spec.limits.memory_mb),
            ));
            return RuntimeError::OutOfMemory { limit_mb: spec.limits.memory_mb };
        }
        if let Some(exit) = error.downcast_ref::<I32Exit>() {
            return RuntimeError::Exited { code: exit.0, message: stderr_tail.to_string() };
        }
        let message = format!("{error:?}");
        spec.observer.event(RuntimeEvent::now(EventKind::Crashed, Some(&self.replica_id), message.clone()));
        RuntimeError::Trap(message)
    }

    fn account(&self, started: Instant, peak: usize) {
        self.cpu_time_us.fetch_add(started.elapsed().as_micros() as u64, Ordering::Relaxed);
        self.peak_memory.fetch_max(peak as u64, Ordering::Relaxed);
    }

    /// Runs a command guest to its end. Exit code 0 is success.
    async fn run_command(self: Arc<Self>, builder: WasiCtxBuilder, reason: Arc<StopReason>) -> wasmtime::Result<()> {
        let mut builder = builder;
        let timeout = self.loaded.spec.limits.timeout();
        let started = Instant::now();
        let (result, peak) = match &self.loaded.guest {
            Guest::Command(pre) => {
                let state = ModuleState { wasi: builder.build_p1(), limiter: self.limiter(&reason) };
                let mut store = Store::new(&self.loaded.engine, state);
                store.limiter(|s| &mut s.limiter);
                Self::arm_deadline(&mut store, timeout, &reason);
                let result = async {
                    let instance = pre.instantiate_async(&mut store).await?;
                    let start = instance.get_typed_func::<(), ()>(&mut store, "_start")?;
                    start.call_async(&mut store, ()).await
                }
                .await;
                (result, store.data().limiter.peak)
            }
            Guest::CliComponent(pre) => {
                let mut store = self.component_store(builder.build(), &reason);
                let result = async {
                    let command = pre.instantiate_async(&mut store).await?;
                    match command.wasi_cli_run().call_run(&mut store).await? {
                        Ok(()) => Ok(()),
                        Err(()) => Err(wasmtime::Error::new(I32Exit(1))),
                    }
                }
                .await;
                (result, store.data().limiter.peak)
            }
            Guest::Proxy(_) => unreachable!("proxies are invoked over wasi:http"),
        };
        self.account(started, peak);
        match result {
            Err(e) if e.downcast_ref::<I32Exit>().is_some_and(|x| x.0 == 0) => Ok(()),
            other => other,
        }
    }

    /// Command guests: stdin in, stdout out. The guest runs inline until it ends (the
    /// common case: no task is spawned) or writes its first output; then it moves to a
    /// task and the rest of its output streams.
    async fn invoke_command(self: &Arc<Self>, inv: Invocation) -> Result<InvocationResponse, RuntimeError> {
        let spec = &self.loaded.spec;
        let (stdout, mut rx, backlog) = ChannelOutput::new();
        let stderr = LineLog::new(spec.observer.clone(), &self.replica_id, &inv.ctx.execution_id, LogStream::Stderr);
        let env = self.env(&inv);
        let mut builder = WasiCtxBuilder::new();
        builder
            .stdout(stdout)
            .stderr(stderr.clone())
            .envs(&env)
            .args(&[spec.function.app().as_str()])
            .allow_tcp(false)
            .allow_udp(false)
            .allow_ip_name_lookup(false);
        match inv.body {
            Body::Full(bytes) => {
                builder.stdin(MemoryInputPipe::new(bytes));
            }
            body @ Body::Stream(_) => {
                let (writer, reader) = tokio::io::duplex(PIPE_BUFFER);
                builder.stdin(AsyncStdinStream::new(reader));
                feed_body(body, writer);
            }
        }
        let reason = StopReason::new(inv.cancel.clone());
        let mut run = Box::pin(self.clone().run_command(builder, reason.clone()));
        let first = tokio::select! {
            biased;
            outcome = &mut run => Err(outcome),
            chunk = rx.recv() => Ok(chunk),
            // A guest waiting on the host never reaches an epoch tick: drop it.
            _ = reason.cancel.cancelled() => return Err(self.failure(&reason, wasmtime::Error::msg("cancelled"), "")),
        };
        let first = match first {
            Ok(Some(chunk)) => chunk,
            Ok(None) => return Err(RuntimeError::Trap("the guest closed its output".into())),
            Err(outcome) => {
                // Finished: all it wrote is in the channel.
                let mut chunks = Vec::new();
                while let Ok(chunk) = rx.try_recv() {
                    chunks.push(Ok(chunk));
                }
                if let Err(e) = outcome {
                    let failure = self.failure(&reason, e, &stderr.last_line());
                    if chunks.is_empty() {
                        return Err(failure);
                    }
                    chunks.push(Err(failure));
                }
                return Ok(InvocationResponse { head: ok_head(), body: Box::pin(futures::stream::iter(chunks)) });
            }
        };
        backlog.taken(first.len());
        let cancel = reason.cancel.clone();
        let task = tokio::spawn(async move {
            tokio::select! {
                outcome = run => outcome,
                _ = cancel.cancelled() => Err(wasmtime::Error::msg("cancelled")),
            }
        });
        let rest = futures::stream::unfold((rx, backlog), |(mut rx, backlog)| async move {
            let chunk = rx.recv().await?;
            backlog.taken(chunk.len());
            Some((Ok(chunk), (rx, backlog)))
        });
        let tail = self.failure_tail(task, reason, stderr);
        let body = futures::stream::once(async move { Ok(first) }).chain(rest).chain(tail);
        Ok(InvocationResponse { head: ok_head(), body: Box::pin(body) })
    }

    /// wasi:http proxies: the request goes to `incoming-handler.handle`.
    async fn invoke_proxy(self: &Arc<Self>, inv: Invocation) -> Result<InvocationResponse, RuntimeError> {
        let Guest::Proxy(pre) = &self.loaded.guest else { unreachable!("checked by the caller") };
        let spec = &self.loaded.spec;
        // A proxy's stdout is a log too.
        let stdout = LineLog::new(spec.observer.clone(), &self.replica_id, &inv.ctx.execution_id, LogStream::Stdout);
        let stderr = LineLog::new(spec.observer.clone(), &self.replica_id, &inv.ctx.execution_id, LogStream::Stderr);
        let env = self.env(&inv);
        let mut builder = WasiCtxBuilder::new();
        builder
            .stdout(stdout)
            .stderr(stderr.clone())
            .envs(&env)
            .allow_tcp(false)
            .allow_udp(false)
            .allow_ip_name_lookup(false);
        let reason = StopReason::new(inv.cancel.clone());
        let mut store = self.component_store(builder.build(), &reason);

        let uri = if inv.head.query.is_empty() {
            format!("http://localhost{}", inv.head.path)
        } else {
            format!("http://localhost{}?{}", inv.head.path, inv.head.query)
        };
        let mut request = hyper::Request::builder().method(inv.head.method.as_str()).uri(uri);
        for (name, value) in &inv.head.headers {
            request = request.header(name.as_str(), value.as_str());
        }
        let body = match inv.body {
            Body::Full(b) => http_body_util::Full::new(b).map_err(|never| match never {}).boxed_unsync(),
            Body::Stream(s) => http_body_util::StreamBody::new(s.map(|chunk| {
                chunk
                    .map(hyper::body::Frame::data)
                    .map_err(|e| wasmtime_wasi_http::Error::Connect(std::io::Error::other(e.to_string())))
            }))
            .boxed_unsync(),
        };
        let request = request.body(body).map_err(|e| RuntimeError::InvalidArtifact(format!("request: {e}")))?;
        let (sender, receiver) = oneshot::channel();
        let incoming = store
            .data_mut()
            .http()
            .new_incoming_request(Scheme::Http, request)
            .map_err(|e| RuntimeError::Io(format!("request: {e}")))?;
        let out = store.data_mut().http().new_response_outparam(sender).map_err(|e| RuntimeError::Io(e.to_string()))?;
        let pre = pre.clone();
        let this = self.clone();
        let cancel = reason.cancel.clone();
        let task = tokio::spawn(async move {
            let started = Instant::now();
            let result = async {
                let proxy = pre.instantiate_async(&mut store).await?;
                tokio::select! {
                    outcome = proxy.wasi_http_incoming_handler().call_handle(&mut store, incoming, out) => outcome,
                    // A guest waiting on the host never reaches an epoch tick: drop it.
                    _ = cancel.cancelled() => Err(wasmtime::Error::msg("cancelled")),
                }
            }
            .await;
            this.account(started, store.data().limiter.peak);
            result
        });
        match receiver.await {
            Ok(Ok(response)) => {
                let (parts, body) = response.into_parts();
                let head = ResponseHead {
                    status: parts.status.as_u16(),
                    headers: parts
                        .headers
                        .iter()
                        .map(|(n, v)| (n.as_str().to_string(), String::from_utf8_lossy(v.as_bytes()).into_owned()))
                        .collect(),
                };
                let frames = body.into_data_stream().map(|r| r.map_err(|e| RuntimeError::Io(e.to_string())));
                let tail = self.failure_tail(task, reason, stderr);
                Ok(InvocationResponse { head, body: Box::pin(frames.chain(tail)) })
            }
            Ok(Err(code)) => Err(RuntimeError::Trap(format!("the guest answered with an error: {code:?}"))),
            Err(_) => {
                let outcome = task.await.map_err(|e| RuntimeError::Trap(format!("guest task: {e}")))?;
                Err(match outcome {
                    Err(e) => self.failure(&reason, e, &stderr.last_line()),
                    Ok(()) => RuntimeError::Trap("the guest never set a response".into()),
                })
            }
        }
    }
}

/// Longest head line an SDK guest may write.
const HEAD_LINE_MAX: usize = 64 * 1024;

/// SDK command guests (Rust built for wasm) write one JSON line,
/// `{"status": 200, "headers": [[name, value], ...]}`, before the body: it becomes the
/// response head, the rest of the output the body.
async fn framed_head(response: InvocationResponse) -> Result<InvocationResponse, RuntimeError> {
    #[derive(serde::Deserialize)]
    struct Head {
        status: u16,
        #[serde(default)]
        headers: Vec<(String, String)>,
    }
    let mut body = response.body;
    let mut line = Vec::new();
    let rest = loop {
        match body.next().await {
            Some(Ok(chunk)) => match chunk.iter().position(|b| *b == b'\n') {
                Some(at) => {
                    line.extend_from_slice(&chunk[..at]);
                    break chunk.slice(at + 1..);
                }
                None if line.len() + chunk.len() > HEAD_LINE_MAX => {
                    return Err(RuntimeError::Trap("the guest's response head line is too long".into()));
                }
                None => line.extend_from_slice(&chunk),
            },
            Some(Err(e)) => return Err(e),
            None => return Err(RuntimeError::Trap("the guest wrote no response head".into())),
        }
    };
    let head: Head = serde_json::from_slice(&line)
        .map_err(|e| RuntimeError::Trap(format!("the guest's response head is not valid: {e}")))?;
    let first = (!rest.is_empty()).then_some(Ok(rest));
    let body = futures::stream::iter(first).chain(body);
    Ok(InvocationResponse { head: ResponseHead { status: head.status, headers: head.headers }, body: Box::pin(body) })
}

fn ok_head() -> ResponseHead {
    ResponseHead { status: 200, headers: vec![("content-type".into(), "application/octet-stream".into())] }
}

#[async_trait]
impl Instance for WasmInstance {
    fn replica_id(&self) -> &str {
        &self.0.replica_id
    }

    async fn ready(&self) -> Result<(), RuntimeError> {
        Ok(())
    }

    async fn invoke(&self, invocation: Invocation) -> Result<InvocationResponse, RuntimeError> {
        let state = &self.0;
        if state.stopped.load(Ordering::SeqCst) {
            return Err(RuntimeError::NotRunning);
        }
        match state.loaded.guest {
            Guest::Proxy(_) => state.invoke_proxy(invocation).await,
            // Built with the Rust SDK: stdout starts with the response head.
            _ if state.loaded.spec.artifact.kind == RuntimeKind::RustWasm => {
                framed_head(state.invoke_command(invocation).await?).await
            }
            _ => state.invoke_command(invocation).await,
        }
    }

    fn status(&self) -> InstanceStatus {
        if self.0.stopped.load(Ordering::SeqCst) {
            InstanceStatus::Exited { code: None }
        } else {
            InstanceStatus::Ready
        }
    }

    fn usage(&self) -> ResourceUsage {
        let cpu_us = self.0.cpu_time_us.load(Ordering::Relaxed);
        let mut last = self.0.last_sample.lock().expect("usage lock");
        let elapsed = last.0.elapsed().as_micros().max(1) as u64;
        let millicores = (cpu_us.saturating_sub(last.1)) * 1000 / elapsed;
        *last = (Instant::now(), cpu_us);
        ResourceUsage {
            cpu_millicores: millicores,
            memory_bytes: self.0.peak_memory.load(Ordering::Relaxed),
            cpu_time: Duration::from_micros(cpu_us),
        }
    }

    async fn stop(&self) {
        if !self.0.stopped.swap(true, Ordering::SeqCst) {
            self.0.loaded.spec.observer.event(RuntimeEvent::now(
                EventKind::Stopped,
                Some(&self.0.replica_id),
                "replica stopped",
            ));
        }
    }
}
