//! The `Runtime` trait that every runtime implements, with three lifecycle levels in
//! the manner of Spin's triggers:
//!
//! * **per process** — a [`Runtime`] value is created once (one wasmtime `Engine`, one
//!   Python zygote, one layer cache) and shared by every app;
//! * **per app version** — [`Runtime::build`] turns uploaded code into an [`Artifact`]
//!   (cargo / go / deno build, pip install, image pull or build, wasm precompile), with
//!   its output written to a [`BuildLog`]; [`Runtime::load`] prepares an artifact for
//!   serving once (compiled module and `InstancePre`, unpacked root filesystem, ...)
//!   and returns a [`LoadedVersion`];
//! * **per instance** — [`LoadedVersion::start_instance`] starts a replica (a sandboxed
//!   process, or for wasm a logical replica whose every call gets a fresh `Store`);
//!   [`Instance::invoke`] serves one call with a streamed response.
//!
//! Runtimes report what they observe (log lines, faults, OOM kills, readiness) to an
//! [`Observer`] so that the server can expose logs and events without knowing which
//! runtime produced them. Dropping a future returned by these traits cancels the work:
//! implementations kill child processes they started for it.

use std::collections::BTreeMap;
use std::fmt;
use std::future::poll_fn;
use std::pin::Pin;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use async_trait::async_trait;
use bytes::{Bytes, BytesMut};
use futures_core::Stream;
use serde::{Deserialize, Serialize};
pub use tokio_util::sync::CancellationToken;

use crate::error::{Code, Error};
use crate::function_id::FunctionId;
use crate::lifecycle::CompileRequirement;
use crate::resources::ResourceLimits;

/// Request headers injected into every call; a caller's own values are replaced.
pub const HEADER_EXECUTION_ID: &str = "x-ignite-execution-id";
pub const HEADER_FUNCTION_ID: &str = "x-ignite-function-id";
pub const HEADER_ORGANIZATION_ID: &str = "x-ignite-organization-id";
/// The W3C trace context of the call (`00-<trace id>-<span id>-<flags>`), when it has one.
pub const HEADER_TRACEPARENT: &str = "traceparent";
/// Headers that describe one hop (RFC 9110 §7.6.1, plus `host`): a proxy does not
/// forward them, in either direction. Lower case.
pub const HOP_BY_HOP_HEADERS: [&str; 8] =
    ["connection", "keep-alive", "proxy-connection", "transfer-encoding", "upgrade", "te", "trailer", "host"];

/// Whether `name` (any case) is a hop-by-hop header.
pub fn is_hop_by_hop(name: &str) -> bool {
    HOP_BY_HOP_HEADERS.iter().any(|h| h.eq_ignore_ascii_case(name))
}

/// Environment variables carrying the execution context to guests.
pub const ENV_EXECUTION_ID: &str = "IGNITE_EXECUTION_ID";
pub const ENV_FUNCTION_ID: &str = "IGNITE_FUNCTION_ID";
pub const ENV_ORGANIZATION_ID: &str = "IGNITE_ORGANIZATION_ID";
/// The W3C trace context of the call, as OpenTelemetry SDKs read it.
pub const ENV_TRACEPARENT: &str = "TRACEPARENT";

/// The runtime family that builds and runs a version.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum RuntimeKind {
    Python,
    RustNative,
    RustWasm,
    Go,
    Deno,
    /// A prebuilt WebAssembly module or component (our extension).
    Wasm,
    /// A container image (prebuilt, from code or from git).
    Image,
}

impl RuntimeKind {
    /// The label used in MCP descriptors and catalogs.
    pub fn label(self) -> &'static str {
        match self {
            RuntimeKind::Python => "python",
            RuntimeKind::RustNative => "rust-native",
            RuntimeKind::RustWasm => "rust-wasm",
            RuntimeKind::Go => "go",
            RuntimeKind::Deno => "deno",
            RuntimeKind::Wasm => "wasm",
            RuntimeKind::Image => "image",
        }
    }

    /// The name an upload of one file (not an archive) is given when it is unpacked:
    /// the entry the runtime's build or loader looks for. A wasm module is loaded as
    /// it is; this is its name on disk.
    pub fn single_file_name(self) -> &'static str {
        match self {
            RuntimeKind::Python => "handler.py",
            RuntimeKind::RustNative | RuntimeKind::RustWasm => "main.rs",
            RuntimeKind::Go => "main.go",
            RuntimeKind::Deno => "main.ts",
            RuntimeKind::Wasm => "module.wasm",
            RuntimeKind::Image => "Dockerfile",
        }
    }

    /// Whether drafts of this kind must go through CompileDraft (see
    /// [`CompileRequirement`]; why Go and Deno compile implicitly is in docs/api.md).
    pub fn compile_requirement(self) -> CompileRequirement {
        match self {
            RuntimeKind::Python | RuntimeKind::Wasm => CompileRequirement::None,
            RuntimeKind::RustNative | RuntimeKind::RustWasm => CompileRequirement::Explicit,
            RuntimeKind::Go | RuntimeKind::Deno | RuntimeKind::Image => CompileRequirement::Implicit,
        }
    }
}

impl fmt::Display for RuntimeKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// Credentials resolved from a secret for a build or an image pull.
#[derive(Clone, PartialEq, Eq)]
pub struct Credentials {
    pub username: String,
    pub password: String,
    /// Registry host; empty = the registry of the image reference.
    pub server: String,
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials").field("username", &self.username).field("server", &self.server).finish()
    }
}

/// What to build, with the options of its runtime.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CodeSpec {
    Python {
        version: String,
    },
    Rust {
        wasm: bool,
        toolchain_version: String,
    },
    Go {
        version: String,
    },
    Deno {
        version: String,
    },
    Wasm,
    /// Pull `image_ref`, or load the uploaded OCI layout / `docker save` tarball.
    PrebuiltImage {
        image_ref: String,
        credentials: Option<Credentials>,
    },
    /// Build the uploaded archive (Dockerfile, or a compile runtime as fallback).
    ImageFromCode {
        dockerfile_path: String,
        build_args: BTreeMap<String, String>,
    },
    ImageFromGit {
        git_url: String,
        git_ref: String,
        dockerfile_path: String,
        build_args: BTreeMap<String, String>,
        context_dir: String,
        credentials: Option<Credentials>,
    },
}

impl CodeSpec {
    pub fn kind(&self) -> RuntimeKind {
        match self {
            CodeSpec::Python { .. } => RuntimeKind::Python,
            CodeSpec::Rust { wasm: false, .. } => RuntimeKind::RustNative,
            CodeSpec::Rust { wasm: true, .. } => RuntimeKind::RustWasm,
            CodeSpec::Go { .. } => RuntimeKind::Go,
            CodeSpec::Deno { .. } => RuntimeKind::Deno,
            CodeSpec::Wasm => RuntimeKind::Wasm,
            CodeSpec::PrebuiltImage { .. } | CodeSpec::ImageFromCode { .. } | CodeSpec::ImageFromGit { .. } => {
                RuntimeKind::Image
            }
        }
    }
}

/// Receives build output as it is produced.
pub trait BuildLog: Send + Sync {
    fn write(&self, chunk: &[u8]);
}

/// A build: uploaded code in, artifact out.
pub struct BuildRequest {
    pub function: FunctionId,
    pub spec: CodeSpec,
    /// The uploaded bytes: a single file, a .tar.gz / .zip archive, or an image tarball.
    pub source: Bytes,
    /// Wall-clock limit of the whole build.
    pub timeout: Duration,
    pub log: Arc<dyn BuildLog>,
}

/// The output of a build, stored by the server under its digest and handed back to
/// [`Runtime::load`]. Its bytes are runtime-defined (a binary, a precompiled module,
/// an image manifest, the source itself, ...).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Artifact {
    pub kind: RuntimeKind,
    pub bytes: Bytes,
    /// Small runtime-defined facts about the artifact (e.g. the requirements hash of a
    /// Python environment, an image digest, the toolchain that built it).
    pub metadata: BTreeMap<String, String>,
}

/// Everything needed to serve one app version.
#[derive(Clone)]
pub struct VersionSpec {
    pub function: FunctionId,
    pub version: u32,
    pub artifact: Artifact,
    /// The app's environment variables (the execution context is added per call).
    pub env: BTreeMap<String, String>,
    pub limits: ResourceLimits,
    /// Concurrent calls one instance serves.
    pub max_concurrency: u32,
    /// Outbound network for the sandbox (user-mode networking; loopback, private and
    /// link-local addresses stay unreachable).
    pub network: bool,
    /// With `network`: the only destinations allowed (`host`, `host:port`, an address,
    /// `address:port` or a CIDR); empty: every public address.
    pub egress_allow: Vec<String>,
    /// Container ports (image mode); the first is the one Invoke uses.
    pub ports: Vec<u16>,
    /// Readiness and liveness path (image mode).
    pub health_path: String,
    pub observer: Arc<dyn Observer>,
}

/// Who a call runs for; reaches the guest as headers, environment or `ctx`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExecutionContext {
    pub execution_id: String,
    pub function: FunctionId,
    pub organization_id: String,
    pub version: u32,
    /// The W3C `traceparent` the guest's own spans continue ("" when the call is not
    /// traced): the platform's span around the guest, or the caller's.
    pub traceparent: String,
}

impl ExecutionContext {
    /// The `x-ignite-*` headers and `traceparent` (when traced), in a fixed order.
    pub fn headers(&self) -> impl Iterator<Item = (&'static str, String)> {
        [
            (HEADER_EXECUTION_ID, self.execution_id.clone()),
            (HEADER_FUNCTION_ID, self.function.to_string()),
            (HEADER_ORGANIZATION_ID, self.organization_id.clone()),
            (HEADER_TRACEPARENT, self.traceparent.clone()),
        ]
        .into_iter()
        .filter(|(_, v)| !v.is_empty())
    }

    /// The `IGNITE_*` environment variables and `TRACEPARENT` (when traced), in a fixed
    /// order.
    pub fn env_vars(&self) -> impl Iterator<Item = (&'static str, String)> {
        [
            (ENV_EXECUTION_ID, self.execution_id.clone()),
            (ENV_FUNCTION_ID, self.function.to_string()),
            (ENV_ORGANIZATION_ID, self.organization_id.clone()),
            (ENV_TRACEPARENT, self.traceparent.clone()),
        ]
        .into_iter()
        .filter(|(_, v)| !v.is_empty())
    }
}

/// An HTTP-like request head. Header names are lowercase.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct RequestHead {
    pub method: String,
    pub path: String,
    /// Raw query string without `?`.
    pub query: String,
    pub headers: Vec<(String, String)>,
}

impl RequestHead {
    /// Sets the injected context headers, dropping any value the caller sent for them.
    pub fn inject_context(&mut self, ctx: &ExecutionContext) {
        self.headers.retain(|(name, _)| {
            !name.eq_ignore_ascii_case(HEADER_EXECUTION_ID)
                && !name.eq_ignore_ascii_case(HEADER_FUNCTION_ID)
                && !name.eq_ignore_ascii_case(HEADER_ORGANIZATION_ID)
                && !name.eq_ignore_ascii_case(HEADER_TRACEPARENT)
        });
        self.headers.extend(ctx.headers().map(|(n, v)| (n.to_string(), v)));
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }
}

/// A response head.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResponseHead {
    pub status: u16,
    pub headers: Vec<(String, String)>,
}

/// A stream of body chunks.
pub type BodyStream = Pin<Box<dyn Stream<Item = Result<Bytes, RuntimeError>> + Send>>;

/// A request body: whole, or streamed (StreamExecutionInput, HTTP uploads).
pub enum Body {
    Full(Bytes),
    Stream(BodyStream),
}

impl Body {
    /// Reads the whole body, failing once it grows past `limit` bytes.
    pub async fn collect(self, limit: usize) -> Result<Bytes, RuntimeError> {
        match self {
            Body::Full(b) if b.len() > limit => Err(RuntimeError::TooLarge { limit }),
            Body::Full(b) => Ok(b),
            Body::Stream(mut s) => {
                let mut buf = BytesMut::new();
                while let Some(chunk) = poll_fn(|cx| s.as_mut().poll_next(cx)).await {
                    let chunk = chunk?;
                    if buf.len() + chunk.len() > limit {
                        return Err(RuntimeError::TooLarge { limit });
                    }
                    buf.extend_from_slice(&chunk);
                }
                Ok(buf.freeze())
            }
        }
    }
}

impl fmt::Debug for Body {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Body::Full(b) => write!(f, "Body::Full({} bytes)", b.len()),
            Body::Stream(_) => f.write_str("Body::Stream"),
        }
    }
}

/// One call.
#[derive(Debug)]
pub struct Invocation {
    pub ctx: ExecutionContext,
    pub head: RequestHead,
    pub body: Body,
    /// The app port addressed (a `<app>-<org>-<port>` host); `None` is the app's first
    /// port. Only images listen on several ports.
    pub port: Option<u16>,
    /// Cancelled when the caller gives up on the call (CancelExecution): the runtime
    /// stops the guest's work on it (a worker process is killed, a wasm instance
    /// dropped at its next yield; an image's request connection is closed).
    pub cancel: CancellationToken,
}

/// The answer to a call: the head as soon as the guest sends it, then the body as the
/// guest writes it.
pub struct InvocationResponse {
    pub head: ResponseHead,
    pub body: BodyStream,
}

/// Measured use of one instance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ResourceUsage {
    /// Average CPU use since the previous sample, in millicores.
    pub cpu_millicores: u64,
    pub memory_bytes: u64,
    /// Total CPU time consumed.
    pub cpu_time: Duration,
}

/// Lifecycle phase of an instance.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InstanceStatus {
    Starting,
    Ready,
    /// Ended; `code` is the exit code when there was a process.
    Exited {
        code: Option<i32>,
    },
    Failed,
}

/// A stream a guest line came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum LogStream {
    Stdout,
    Stderr,
}

/// One line printed by a guest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LogRecord {
    pub timestamp_ms: i64,
    pub replica_id: String,
    pub stream: LogStream,
    pub line: String,
    pub execution_id: Option<String>,
}

/// What the platform observed (AppEvent kinds).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum EventKind {
    ImagePull,
    Scheduled,
    Started,
    Ready,
    Stopped,
    ScaledUp,
    ScaledDown,
    ScaledToZero,
    Woken,
    Crashed,
    CrashLoop,
    Restarted,
    OomKilled,
    Timeout,
    ProbeFailed,
    CompileStarted,
    CompileFailed,
    CompileSucceeded,
    Published,
    RolledBack,
    Other,
}

/// Kubernetes-style severity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Severity {
    Normal,
    Warning,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Normal => "Normal",
            Severity::Warning => "Warning",
        }
    }

    pub fn parse(s: &str) -> Option<Severity> {
        match s {
            "Normal" | "normal" => Some(Severity::Normal),
            "Warning" | "warning" => Some(Severity::Warning),
            _ => None,
        }
    }
}

impl EventKind {
    /// The Kubernetes-style reason used when a producer gives none.
    pub fn reason(self) -> &'static str {
        match self {
            EventKind::ImagePull => "Pulling",
            EventKind::Scheduled => "Scheduled",
            EventKind::Started => "Started",
            EventKind::Ready => "Ready",
            EventKind::Stopped => "Killing",
            EventKind::ScaledUp => "ScaledUp",
            EventKind::ScaledDown => "ScaledDown",
            EventKind::ScaledToZero => "ScaledToZero",
            EventKind::Woken => "Woken",
            EventKind::Crashed => "Error",
            EventKind::CrashLoop => "BackOff",
            EventKind::Restarted => "Restarted",
            EventKind::OomKilled => "OOMKilling",
            EventKind::Timeout => "DeadlineExceeded",
            EventKind::ProbeFailed => "Unhealthy",
            EventKind::CompileStarted => "CompileStarted",
            EventKind::CompileFailed => "CompileFailed",
            EventKind::CompileSucceeded => "CompileSucceeded",
            EventKind::Published => "Published",
            EventKind::RolledBack => "RolledBack",
            EventKind::Other => "Other",
        }
    }

    pub fn severity(self) -> Severity {
        match self {
            EventKind::Crashed
            | EventKind::CrashLoop
            | EventKind::OomKilled
            | EventKind::Timeout
            | EventKind::ProbeFailed
            | EventKind::CompileFailed => Severity::Warning,
            _ => Severity::Normal,
        }
    }
}

/// One observation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RuntimeEvent {
    pub timestamp_ms: i64,
    pub kind: EventKind,
    pub reason: String,
    pub message: String,
    pub replica_id: Option<String>,
    pub severity: Severity,
}

impl RuntimeEvent {
    /// An event stamped now, with the kind's default reason and severity.
    pub fn now(kind: EventKind, replica_id: Option<&str>, message: impl Into<String>) -> Self {
        RuntimeEvent {
            timestamp_ms: now_ms(),
            kind,
            reason: kind.reason().to_string(),
            message: message.into(),
            replica_id: replica_id.map(str::to_string),
            severity: kind.severity(),
        }
    }
}

/// Receives what runtimes observe. Implementations must not block: they buffer.
pub trait Observer: Send + Sync {
    fn log(&self, record: LogRecord);
    fn event(&self, event: RuntimeEvent);
}

/// Why a runtime operation failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RuntimeError {
    #[error("build failed: {0}")]
    BuildFailed(String),
    #[error("timed out after {0:?}")]
    Timeout(Duration),
    #[error("out of memory: the limit is {limit_mb} MB")]
    OutOfMemory { limit_mb: u32 },
    #[error("the process exited with code {code}{}", if message.is_empty() { String::new() } else { format!(": {message}") })]
    Exited { code: i32, message: String },
    #[error("the process was killed by signal {signal}")]
    Killed { signal: i32 },
    #[error("trap: {0}")]
    Trap(String),
    #[error("the body is larger than {limit} bytes")]
    TooLarge { limit: usize },
    #[error("overloaded: {0}")]
    Overloaded(String),
    #[error("invalid artifact: {0}")]
    InvalidArtifact(String),
    #[error("unsupported: {0}")]
    Unsupported(String),
    #[error("the instance is not running")]
    NotRunning,
    #[error("cancelled")]
    Cancelled,
    #[error("{0}")]
    Io(String),
}

impl RuntimeError {
    pub fn code(&self) -> Code {
        match self {
            RuntimeError::BuildFailed(_) => Code::FailedPrecondition,
            RuntimeError::Timeout(_) => Code::DeadlineExceeded,
            RuntimeError::OutOfMemory { .. } | RuntimeError::Overloaded(_) => Code::ResourceExhausted,
            RuntimeError::TooLarge { .. } | RuntimeError::InvalidArtifact(_) => Code::InvalidArgument,
            RuntimeError::Unsupported(_) => Code::Unimplemented,
            RuntimeError::NotRunning => Code::Unavailable,
            RuntimeError::Cancelled => Code::Cancelled,
            RuntimeError::Exited { .. } | RuntimeError::Killed { .. } | RuntimeError::Trap(_) | RuntimeError::Io(_) => {
                Code::Internal
            }
        }
    }
}

impl From<RuntimeError> for Error {
    fn from(e: RuntimeError) -> Error {
        Error::new(e.code(), e.to_string())
    }
}

impl From<std::io::Error> for RuntimeError {
    fn from(e: std::io::Error) -> Self {
        RuntimeError::Io(e.to_string())
    }
}

/// A runtime family, created once per process.
#[async_trait]
pub trait Runtime: Send + Sync + 'static {
    /// Short name for logs and errors.
    fn name(&self) -> &'static str;

    /// Whether this runtime builds and runs `kind`.
    fn supports(&self, kind: RuntimeKind) -> bool;

    /// Per app version: turns uploaded code into an artifact. Build output goes to
    /// `request.log`; a failure is [`RuntimeError::BuildFailed`] with the reason.
    async fn build(&self, request: BuildRequest) -> Result<Artifact, RuntimeError>;

    /// Per app version: prepares an artifact for serving (done once; instances share it).
    async fn load(&self, spec: VersionSpec) -> Result<Arc<dyn LoadedVersion>, RuntimeError>;
}

/// A version ready to start instances.
#[async_trait]
pub trait LoadedVersion: Send + Sync {
    /// Per instance: starts a replica named `replica_id`. It is ready to serve when
    /// [`Instance::ready`] returns.
    async fn start_instance(&self, replica_id: &str) -> Result<Arc<dyn Instance>, RuntimeError>;
}

/// One replica.
#[async_trait]
pub trait Instance: Send + Sync {
    fn replica_id(&self) -> &str;

    /// Waits until the instance takes traffic (an image's health probe, a worker's
    /// hello); fails if it never does.
    async fn ready(&self) -> Result<(), RuntimeError>;

    /// Serves one call. Handler errors are responses (status 500 and a JSON body); an
    /// `Err` means the call could not complete (timeout, crash, OOM, trap).
    async fn invoke(&self, invocation: Invocation) -> Result<InvocationResponse, RuntimeError>;

    fn status(&self) -> InstanceStatus;

    fn usage(&self) -> ResourceUsage;

    /// Stops the instance; calls in flight fail with [`RuntimeError::NotRunning`].
    async fn stop(&self);
}

/// Milliseconds since the Unix epoch.
pub fn now_ms() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_millis() as i64).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use futures::stream;

    use super::*;

    fn ctx() -> ExecutionContext {
        ExecutionContext {
            execution_id: "exec-1".into(),
            function: FunctionId::parse("acme/hello").unwrap(),
            organization_id: "acme".into(),
            version: 3,
            traceparent: String::new(),
        }
    }

    #[test]
    fn injected_headers_replace_spoofed_ones() {
        let mut head = RequestHead {
            method: "POST".into(),
            path: "/".into(),
            query: String::new(),
            headers: vec![
                ("X-Ignite-Execution-Id".into(), "spoofed".into()),
                ("x-ignite-function-id".into(), "evil/app".into()),
                ("content-type".into(), "application/json".into()),
            ],
        };
        head.inject_context(&ctx());
        assert_eq!(head.header("x-ignite-execution-id"), Some("exec-1"));
        assert_eq!(head.header("x-ignite-function-id"), Some("acme/hello"));
        assert_eq!(head.header("x-ignite-organization-id"), Some("acme"));
        assert_eq!(head.header("content-type"), Some("application/json"));
        assert_eq!(head.headers.len(), 4);
    }

    #[test]
    fn a_traced_call_carries_its_traceparent_and_an_untraced_one_none() {
        let traced = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        let mut head = RequestHead { headers: vec![("traceparent".into(), "00-spoofed".into())], ..Default::default() };
        head.inject_context(&ExecutionContext { traceparent: traced.into(), ..ctx() });
        assert_eq!(head.header("traceparent"), Some(traced));
        assert_eq!(head.headers.iter().filter(|(n, _)| n == "traceparent").count(), 1);
        let env: Vec<_> = ExecutionContext { traceparent: traced.into(), ..ctx() }.env_vars().collect();
        assert!(env.contains(&(ENV_TRACEPARENT, traced.to_string())), "{env:?}");
        assert_eq!(ctx().env_vars().count(), 3, "no empty TRACEPARENT");
    }

    #[tokio::test]
    async fn bodies_collect_within_a_limit() {
        let chunks = vec![Ok(Bytes::from_static(b"hel")), Ok(Bytes::from_static(b"lo"))];
        let body = Body::Stream(Box::pin(stream::iter(chunks.clone())));
        assert_eq!(body.collect(5).await.unwrap(), Bytes::from_static(b"hello"));
        let body = Body::Stream(Box::pin(stream::iter(chunks)));
        assert_eq!(body.collect(4).await.unwrap_err(), RuntimeError::TooLarge { limit: 4 });
        assert_eq!(
            Body::Full(Bytes::from_static(b"abc")).collect(2).await.unwrap_err(),
            RuntimeError::TooLarge { limit: 2 }
        );
    }

    #[test]
    fn compile_rules_per_runtime() {
        assert_eq!(RuntimeKind::Python.compile_requirement(), CompileRequirement::None);
        assert_eq!(RuntimeKind::RustNative.compile_requirement(), CompileRequirement::Explicit);
        assert_eq!(RuntimeKind::RustWasm.compile_requirement(), CompileRequirement::Explicit);
        assert_eq!(RuntimeKind::Go.compile_requirement(), CompileRequirement::Implicit);
        assert_eq!(CodeSpec::Rust { wasm: true, toolchain_version: String::new() }.kind(), RuntimeKind::RustWasm);
    }

    #[test]
    fn runtime_errors_map_to_codes() {
        assert_eq!(Error::from(RuntimeError::Timeout(Duration::from_secs(1))).code(), Code::DeadlineExceeded);
        assert_eq!(Error::from(RuntimeError::OutOfMemory { limit_mb: 64 }).code(), Code::ResourceExhausted);
        assert_eq!(
            RuntimeError::Exited { code: 3, message: "boom".into() }.to_string(),
            "the process exited with code 3: boom"
        );
        assert_eq!(EventKind::OomKilled.severity(), Severity::Warning);
        assert_eq!(EventKind::OomKilled.reason(), "OOMKilling");
    }
}
