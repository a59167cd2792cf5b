//! What the platform keeps of an app: its configuration, the source of its code, and
//! its durable executions. These are the records a store persists (serde, so a store
//! may keep them as documents) and the services reason about; `ignite-proto` converts
//! them to and from the wire messages.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::resources::{ResourceLimits, ResourceTier};
use crate::runtime::{CodeSpec, RuntimeKind};

/// An app's configuration: everything CreateApp and UpdateAppConfig set.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct AppConfig {
    /// The runtime new drafts default to (a draft's code names its own).
    pub runtime: Option<Runtime>,
    /// The limits asked for (zero fields take the tier's).
    pub limits: Option<ResourceLimits>,
    pub env: BTreeMap<String, String>,
    /// `None`: the default tier.
    pub tier: Option<ResourceTier>,
    pub scaling: Option<Scaling>,
    pub storage: StorageMode,
    /// How long executions are kept under [`StorageMode::Ttl`].
    pub ttl_secs: u32,
    pub description: String,
    pub input_schema: String,
    pub output_schema: String,
    pub mcp_enabled: bool,
    /// Concurrent calls per replica (0: the platform's default).
    pub max_concurrency: u32,
    pub ports: Vec<u32>,
    pub health_path: String,
    pub public: bool,
    pub jobs_enabled: bool,
    pub network_enabled: bool,
    pub tags: Vec<String>,
    pub category: Vec<String>,
    pub egress_allow: Vec<String>,
    /// How failed async executions are run again (`None`: not at all).
    pub retry: Option<RetryPolicy>,
    /// Cron schedules, each starting an execution at its ticks.
    pub schedules: Vec<Schedule>,
    /// How long log lines are kept in the store (0: the default, 3 days).
    pub log_retention_secs: u32,
}

/// A cron schedule of an app (see Schedule in the proto).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Schedule {
    pub name: String,
    pub cron: String,
    /// IANA name; empty = UTC.
    pub timezone: String,
    pub payload: Vec<u8>,
}

impl AppConfig {
    /// The tier in force (the default when none was chosen).
    pub fn tier(&self) -> ResourceTier {
        self.tier.unwrap_or_default()
    }

    /// The limits in force: the tier's, overridden by the ones asked for.
    pub fn applied_limits(&self) -> ResourceLimits {
        ResourceLimits::applied(self.tier(), self.limits.unwrap_or_default())
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Scaling {
    pub min_replicas: u32,
    pub max_replicas: u32,
    pub reserved: u32,
    pub auto_mode: AutoMode,
    pub metric: ScaleMetric,
    pub target: u32,
    pub idle_timeout_secs: u32,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AutoMode {
    #[default]
    Unspecified,
    Disabled,
    Enabled,
    TierOnly,
    ScaleOnly,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ScaleMetric {
    #[default]
    Unspecified,
    Concurrency,
    RequestsPerSecond,
    Cpu,
    Memory,
}

/// How long an app's executions are kept.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StorageMode {
    /// As persistent.
    #[default]
    Unspecified,
    Persistent,
    Ephemeral,
    Ttl,
}

/// A compiled runtime and its version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Runtime {
    Python { version: String },
    Rust { target: RustTarget, toolchain_version: String },
    Go { version: String },
    Deno { version: String },
    Wasm,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RustTarget {
    /// As native.
    #[default]
    Unspecified,
    Native,
    Wasm,
}

impl Runtime {
    pub fn kind(&self) -> RuntimeKind {
        match self {
            Runtime::Python { .. } => RuntimeKind::Python,
            Runtime::Rust { target: RustTarget::Wasm, .. } => RuntimeKind::RustWasm,
            Runtime::Rust { .. } => RuntimeKind::RustNative,
            Runtime::Go { .. } => RuntimeKind::Go,
            Runtime::Deno { .. } => RuntimeKind::Deno,
            Runtime::Wasm => RuntimeKind::Wasm,
        }
    }
}

/// Where a draft's or version's code comes from. Its bytes (source, archive) are a
/// blob apart, named by the record's code hash.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CodeSource {
    /// Source code (a file or an archive) for a runtime.
    Compile { runtime: Runtime },
    /// An image from a registry (`image_ref`), or uploaded (`image_ref` empty: the blob
    /// is the OCI layout or `docker save` tarball).
    PrebuiltImage { image_ref: String, registry_secret_ref: String },
    /// An image built from an uploaded archive.
    ImageFromCode { dockerfile_path: String, build_args: BTreeMap<String, String> },
    /// An image built from a git repository (the blob is `<url>#<ref>`).
    ImageFromGit {
        git_url: String,
        git_ref: String,
        dockerfile_path: String,
        build_args: BTreeMap<String, String>,
        secret_ref: String,
        context_dir: String,
    },
}

impl CodeSource {
    pub fn kind(&self) -> RuntimeKind {
        match self {
            CodeSource::Compile { runtime } => runtime.kind(),
            _ => RuntimeKind::Image,
        }
    }

    /// What a build needs to know of it. Credentials are left empty: the server
    /// resolves them from the secret the source names.
    pub fn spec(&self) -> CodeSpec {
        match self {
            CodeSource::Compile { runtime } => match runtime {
                Runtime::Python { version } => CodeSpec::Python { version: version.clone() },
                Runtime::Rust { target, toolchain_version } => {
                    CodeSpec::Rust { wasm: *target == RustTarget::Wasm, toolchain_version: toolchain_version.clone() }
                }
                Runtime::Go { version } => CodeSpec::Go { version: version.clone() },
                Runtime::Deno { version } => CodeSpec::Deno { version: version.clone() },
                Runtime::Wasm => CodeSpec::Wasm,
            },
            CodeSource::PrebuiltImage { image_ref, .. } => {
                CodeSpec::PrebuiltImage { image_ref: image_ref.clone(), credentials: None }
            }
            CodeSource::ImageFromCode { dockerfile_path, build_args } => {
                CodeSpec::ImageFromCode { dockerfile_path: dockerfile_path.clone(), build_args: build_args.clone() }
            }
            CodeSource::ImageFromGit { git_url, git_ref, dockerfile_path, build_args, context_dir, .. } => {
                CodeSpec::ImageFromGit {
                    git_url: git_url.clone(),
                    git_ref: git_ref.clone(),
                    dockerfile_path: dockerfile_path.clone(),
                    build_args: build_args.clone(),
                    context_dir: context_dir.clone(),
                    credentials: None,
                }
            }
        }
    }

    /// The secret holding the credentials the source needs, if it names one.
    pub fn secret_ref(&self) -> Option<&str> {
        let name = match self {
            CodeSource::PrebuiltImage { registry_secret_ref, .. } => registry_secret_ref,
            CodeSource::ImageFromGit { secret_ref, .. } => secret_ref,
            _ => return None,
        };
        (!name.is_empty()).then_some(name.as_str())
    }

    /// The registry reference of a prebuilt image ("" otherwise).
    pub fn image_ref(&self) -> &str {
        match self {
            CodeSource::PrebuiltImage { image_ref, .. } => image_ref,
            _ => "",
        }
    }

    /// Whether the blob is the code the user uploaded (and GetAppCode returns it), as
    /// opposed to a reference the platform derived (a registry image, a git URL).
    pub fn blob_is_upload(&self) -> bool {
        match self {
            CodeSource::PrebuiltImage { image_ref, .. } => image_ref.is_empty(),
            CodeSource::ImageFromGit { .. } => false,
            _ => true,
        }
    }

    /// The compile runtime ("None" for images).
    pub fn runtime(&self) -> Option<&Runtime> {
        match self {
            CodeSource::Compile { runtime } => Some(runtime),
            _ => None,
        }
    }
}

/// A named pointer at a published version of an app; with a canary, `canary_weight`
/// percent of its calls go to `canary_version`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Alias {
    pub name: String,
    pub version: u32,
    /// 0: no canary.
    pub canary_version: u32,
    /// 0 to 100.
    pub canary_weight: u32,
    pub updated_at_ms: i64,
    /// When the canary rolls back by itself.
    pub bounds: CanaryBounds,
}

/// When a canary is rolled back by itself: over the last `window_secs` and at least
/// `min_calls` calls, a share of failed calls above `max_error_rate` (0: not judged on
/// errors) or a p99 latency above `max_p99_ms` (0: not judged on latency).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct CanaryBounds {
    pub max_error_rate: f64,
    pub max_p99_ms: u32,
    pub window_secs: u32,
    pub min_calls: u32,
}

impl CanaryBounds {
    pub const DEFAULT_WINDOW_SECS: u32 = 60;
    pub const DEFAULT_MIN_CALLS: u32 = 20;

    /// Whether any bound is set.
    pub fn judged(&self) -> bool {
        self.max_error_rate > 0.0 || self.max_p99_ms > 0
    }

    pub fn window_secs(&self) -> u32 {
        if self.window_secs == 0 { Self::DEFAULT_WINDOW_SECS } else { self.window_secs }
    }

    pub fn min_calls(&self) -> u32 {
        if self.min_calls == 0 { Self::DEFAULT_MIN_CALLS } else { self.min_calls }
    }

    /// Why `calls` calls with `errors` failures and this `p99_ms` break the bounds, if
    /// they do.
    pub fn broken(&self, calls: u32, errors: u32, p99_ms: u64) -> Option<String> {
        if calls < self.min_calls() {
            return None;
        }
        let rate = f64::from(errors) / f64::from(calls);
        if self.max_error_rate > 0.0 && rate > self.max_error_rate {
            return Some(format!(
                "{errors} of {calls} calls failed in the last {} s ({:.0}% > {:.0}%)",
                self.window_secs(),
                rate * 100.0,
                self.max_error_rate * 100.0
            ));
        }
        if self.max_p99_ms > 0 && p99_ms > u64::from(self.max_p99_ms) {
            return Some(format!(
                "p99 of {calls} calls in the last {} s was {p99_ms} ms (> {} ms)",
                self.window_secs(),
                self.max_p99_ms
            ));
        }
        None
    }
}

impl Alias {
    /// The version a call runs, given `bucket` in 0..100 (drawn at random, or from the
    /// call's routing key).
    pub fn pick(&self, bucket: u32) -> u32 {
        if self.canary_version != 0 && bucket < self.canary_weight { self.canary_version } else { self.version }
    }
}

/// How a failed async execution is run again: at most `max_attempts` attempts in all,
/// each waiting longer than the one before (see RetryPolicy in the proto).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct RetryPolicy {
    pub max_attempts: u32,
    pub initial_backoff_ms: u32,
    pub max_backoff_ms: u32,
    pub multiplier: f64,
    pub jitter: f64,
    /// Empty: every failure.
    pub retry_on: Vec<Failure>,
}

/// A kind of failed attempt, as a retry policy names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Failure {
    /// Past the app's time limit.
    Timeout,
    /// The replica crashed, was killed or ran out of memory, or the code did not load.
    Crashed,
    /// The handler raised or answered a status of 500 or more.
    ServerError,
}

impl RetryPolicy {
    pub const MAX_ATTEMPTS: u32 = 10;
    pub const DEFAULT_INITIAL_BACKOFF_MS: u32 = 1000;
    pub const DEFAULT_MAX_BACKOFF_MS: u32 = 60_000;
    pub const DEFAULT_MULTIPLIER: f64 = 2.0;

    /// Whether attempt `attempt` (1-based) that failed as `failure` is followed by another.
    pub fn retries(&self, attempt: u32, failure: Failure) -> bool {
        attempt < self.max_attempts.min(Self::MAX_ATTEMPTS)
            && (self.retry_on.is_empty() || self.retry_on.contains(&failure))
    }

    /// The wait after attempt `attempt` (1-based) failed; `random` in [0, 1) draws the
    /// jitter.
    pub fn backoff(&self, attempt: u32, random: f64) -> std::time::Duration {
        let initial = f64::from(if self.initial_backoff_ms == 0 {
            Self::DEFAULT_INITIAL_BACKOFF_MS
        } else {
            self.initial_backoff_ms
        });
        let max = f64::from(if self.max_backoff_ms == 0 { Self::DEFAULT_MAX_BACKOFF_MS } else { self.max_backoff_ms });
        let multiplier = if self.multiplier == 0.0 { Self::DEFAULT_MULTIPLIER } else { self.multiplier };
        let exponent = attempt.saturating_sub(1).min(64) as i32;
        let wait = (initial * multiplier.powi(exponent)).min(max);
        let wait = wait * (1.0 - self.jitter.clamp(0.0, 1.0) * random.clamp(0.0, 1.0));
        std::time::Duration::from_millis(wait as u64)
    }
}

/// One earlier attempt of an execution that was retried.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ExecutionAttempt {
    pub attempt: u32,
    pub status: ExecutionStatus,
    pub error: String,
    pub http_status: u32,
    pub started_at_ms: i64,
    pub completed_at_ms: i64,
}

/// A durable execution (InvokeAsync, TestDraft, TestAppVersion, a job step, an MCP
/// tool call).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Execution {
    pub id: String,
    /// `org/app`.
    pub app_id: String,
    pub version: u32,
    pub status: ExecutionStatus,
    pub kind: ExecutionKind,
    pub created_at_ms: i64,
    pub started_at_ms: i64,
    pub completed_at_ms: i64,
    pub duration_ms: i64,
    pub http_status: u32,
    /// The output, when kept inline; else in the blob `output_ref`.
    pub output: Vec<u8>,
    pub output_ref: String,
    pub output_size: u64,
    pub output_headers: BTreeMap<String, String>,
    pub error: String,
    /// Started with streamed input that has not ended yet.
    pub awaiting_input: bool,
    /// How many times a server started it: 1, or more when a worker died holding it
    /// and another claimed it again (at-least-once in a cluster).
    pub attempt: u32,
    /// The earlier attempts of a retried execution, oldest first.
    pub attempts: Vec<ExecutionAttempt>,
    /// While PENDING before a retry: when the next attempt starts.
    pub next_attempt_at_ms: i64,
    /// Failed for good: one of the app's dead letters.
    pub dead_letter: bool,
    /// A redriven dead letter: the execution that ran its request again.
    pub redriven_as: String,
    /// A scheduled execution: its schedule and the tick it is for.
    pub schedule: String,
    pub scheduled_at_ms: i64,
    /// Where the ended execution is posted (InvokeAsync's callback), and how that went.
    pub callback_url: Option<String>,
    pub callback_status: CallbackStatus,
    pub callback_attempts: u32,
    pub callback_error: String,
}

/// How an execution's completion callback went. The numbers are those stores keep.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum CallbackStatus {
    /// None asked for, or the execution has not ended.
    #[default]
    None = 0,
    Pending = 1,
    Delivered = 2,
    Failed = 3,
}

impl CallbackStatus {
    pub fn from_number(n: i64) -> CallbackStatus {
        match n {
            1 => CallbackStatus::Pending,
            2 => CallbackStatus::Delivered,
            3 => CallbackStatus::Failed,
            _ => CallbackStatus::None,
        }
    }
}

impl Execution {
    /// The execution waiting for its next attempt at `next_attempt_at_ms`, after this
    /// attempt failed: the attempt joins the earlier ones, and what it produced goes.
    pub fn retried(&self, next_attempt_at_ms: i64) -> Execution {
        let mut attempts = self.attempts.clone();
        attempts.push(ExecutionAttempt {
            attempt: self.attempt,
            status: self.status,
            error: self.error.clone(),
            http_status: self.http_status,
            started_at_ms: self.started_at_ms,
            completed_at_ms: self.completed_at_ms,
        });
        Execution {
            id: self.id.clone(),
            app_id: self.app_id.clone(),
            version: self.version,
            status: ExecutionStatus::Pending,
            kind: self.kind,
            created_at_ms: self.created_at_ms,
            attempt: self.attempt + 1,
            attempts,
            next_attempt_at_ms,
            schedule: self.schedule.clone(),
            scheduled_at_ms: self.scheduled_at_ms,
            callback_url: self.callback_url.clone(),
            ..Default::default()
        }
    }
}

/// Where an execution is. The numbers are those stores keep; they never change.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(into = "i64", from = "i64")]
pub enum ExecutionStatus {
    #[default]
    Unspecified = 0,
    Pending = 1,
    Running = 2,
    Succeeded = 3,
    Failed = 4,
    Timeout = 5,
    Cancelled = 6,
}

impl From<ExecutionStatus> for i64 {
    fn from(s: ExecutionStatus) -> i64 {
        s as i64
    }
}

impl From<i64> for ExecutionStatus {
    fn from(n: i64) -> ExecutionStatus {
        ExecutionStatus::from_number(n)
    }
}

impl ExecutionStatus {
    pub fn from_number(n: i64) -> ExecutionStatus {
        match n {
            1 => ExecutionStatus::Pending,
            2 => ExecutionStatus::Running,
            3 => ExecutionStatus::Succeeded,
            4 => ExecutionStatus::Failed,
            5 => ExecutionStatus::Timeout,
            6 => ExecutionStatus::Cancelled,
            _ => ExecutionStatus::Unspecified,
        }
    }

    /// Whether the execution has ended.
    pub fn is_terminal(self) -> bool {
        !matches!(self, ExecutionStatus::Pending | ExecutionStatus::Running | ExecutionStatus::Unspecified)
    }
}

/// What started an execution. The numbers are those stores keep; they never change.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ExecutionKind {
    #[default]
    Unspecified = 0,
    InvokeAsync = 1,
    TestDraft = 2,
    TestVersion = 3,
    Job = 4,
    Mcp = 5,
    Schedule = 6,
}

impl ExecutionKind {
    pub fn from_number(n: i64) -> ExecutionKind {
        match n {
            1 => ExecutionKind::InvokeAsync,
            2 => ExecutionKind::TestDraft,
            3 => ExecutionKind::TestVersion,
            4 => ExecutionKind::Job,
            5 => ExecutionKind::Mcp,
            6 => ExecutionKind::Schedule,
            _ => ExecutionKind::Unspecified,
        }
    }

    /// Started to run in the background with no caller waiting (InvokeAsync, a
    /// schedule's tick): retried by the app's policy, a dead letter once it failed.
    pub fn is_async(self) -> bool {
        matches!(self, ExecutionKind::InvokeAsync | ExecutionKind::Schedule)
    }
}
