//! Conversions between the domain types of `ignite-core` and their wire form.
//!
//! Architecture invariant: this module is the only place where domain types and
//! generated messages meet; servers and clients call these functions rather than
//! matching on both enums themselves.

use ignite_core::app;
use ignite_core::error::{Code, Error};
use ignite_core::lifecycle::VersionStatus;
use ignite_core::resources;
use ignite_core::runtime::{EventKind, LogStream, RuntimeKind};

use crate::v1;

/// A gRPC status for an API error. The offending request field, when known, travels
/// in the `ignite-field` metadata entry (and is named in the message).
pub fn status_from_error(e: &Error) -> tonic::Status {
    let mut status = tonic::Status::new(tonic::Code::from_i32(e.code().grpc()), e.message());
    if let Some(field) = e.field()
        && let Ok(value) = field.parse()
    {
        status.metadata_mut().insert("ignite-field", value);
    }
    if let Some(secs) = e.retry_after_secs() {
        status.metadata_mut().insert("retry-after", secs.into());
    }
    status
}

/// The API error carried by a gRPC status.
pub fn error_from_status(s: &tonic::Status) -> Error {
    let mut err = Error::new(Code::from_grpc(s.code() as i32), s.message());
    if let Some(secs) = s.metadata().get("retry-after").and_then(|v| v.to_str().ok()?.parse().ok()) {
        err = err.with_retry_after(std::time::Duration::from_secs(secs));
    }
    match s.metadata().get("ignite-field").and_then(|v| v.to_str().ok()) {
        Some(field) => err.with_field(field),
        None => err,
    }
}

pub fn tier_from_proto(t: v1::ResourceTier) -> Option<resources::ResourceTier> {
    match t {
        v1::ResourceTier::Unspecified => None,
        v1::ResourceTier::Small => Some(resources::ResourceTier::Small),
        v1::ResourceTier::Medium => Some(resources::ResourceTier::Medium),
        v1::ResourceTier::Large => Some(resources::ResourceTier::Large),
        v1::ResourceTier::Xlarge => Some(resources::ResourceTier::Xlarge),
    }
}

pub fn tier_to_proto(t: resources::ResourceTier) -> v1::ResourceTier {
    match t {
        resources::ResourceTier::Small => v1::ResourceTier::Small,
        resources::ResourceTier::Medium => v1::ResourceTier::Medium,
        resources::ResourceTier::Large => v1::ResourceTier::Large,
        resources::ResourceTier::Xlarge => v1::ResourceTier::Xlarge,
    }
}

impl From<resources::ResourceLimits> for v1::ResourceLimits {
    fn from(l: resources::ResourceLimits) -> Self {
        v1::ResourceLimits { memory_mb: l.memory_mb, cpu_millicores: l.cpu_millicores, timeout_secs: l.timeout_secs }
    }
}

impl From<v1::ResourceLimits> for resources::ResourceLimits {
    fn from(l: v1::ResourceLimits) -> Self {
        resources::ResourceLimits {
            memory_mb: l.memory_mb,
            cpu_millicores: l.cpu_millicores,
            timeout_secs: l.timeout_secs,
        }
    }
}

impl From<VersionStatus> for v1::VersionStatus {
    fn from(s: VersionStatus) -> Self {
        match s {
            VersionStatus::Draft => v1::VersionStatus::Draft,
            VersionStatus::Compiling => v1::VersionStatus::Compiling,
            VersionStatus::Failed => v1::VersionStatus::Failed,
            VersionStatus::Active => v1::VersionStatus::Active,
            VersionStatus::Superseded => v1::VersionStatus::Superseded,
        }
    }
}

impl From<LogStream> for v1::LogStream {
    fn from(s: LogStream) -> Self {
        match s {
            LogStream::Stdout => v1::LogStream::Stdout,
            LogStream::Stderr => v1::LogStream::Stderr,
        }
    }
}

impl From<EventKind> for v1::AppEventKind {
    fn from(k: EventKind) -> Self {
        use v1::AppEventKind as K;
        match k {
            EventKind::ImagePull => K::ImagePull,
            EventKind::Scheduled => K::Scheduled,
            EventKind::Started => K::Started,
            EventKind::Ready => K::Ready,
            EventKind::Stopped => K::Stopped,
            EventKind::ScaledUp => K::ScaledUp,
            EventKind::ScaledDown => K::ScaledDown,
            EventKind::ScaledToZero => K::ScaledToZero,
            EventKind::Woken => K::Woken,
            EventKind::Crashed => K::Crashed,
            EventKind::CrashLoop => K::CrashLoop,
            EventKind::Restarted => K::Restarted,
            EventKind::OomKilled => K::OomKilled,
            EventKind::Timeout => K::Timeout,
            EventKind::ProbeFailed => K::ProbeFailed,
            EventKind::CompileStarted => K::CompileStarted,
            EventKind::CompileFailed => K::CompileFailed,
            EventKind::CompileSucceeded => K::CompileSucceeded,
            EventKind::Published => K::Published,
            EventKind::RolledBack => K::RolledBack,
            EventKind::Other => K::Other,
        }
    }
}

/// The runtime family a draft's code selects, validating the `code` field of a
/// request (`field` is its path, e.g. `"code"`). A Rust runtime with no target is
/// native.
pub fn runtime_kind(code: &v1::CodeSource, field: &str) -> Result<RuntimeKind, Error> {
    use v1::code_source::Source;
    use v1::image_source::Kind as Image;
    use v1::runtime::Kind as Rt;
    match &code.source {
        None => Err(Error::invalid_argument(field, "one of `compile` or `image` is required")),
        Some(Source::Compile(c)) => {
            let runtime_field = format!("{field}.compile.runtime");
            match c.runtime.as_ref().and_then(|r| r.kind.as_ref()) {
                None => Err(Error::invalid_argument(
                    runtime_field,
                    "a runtime is required: one of python, rust, go, deno, wasm",
                )),
                Some(Rt::Python(_)) => Ok(RuntimeKind::Python),
                Some(Rt::Rust(r)) => match v1::RustCompilationTarget::try_from(r.target) {
                    Ok(v1::RustCompilationTarget::Unspecified | v1::RustCompilationTarget::Native) => {
                        Ok(RuntimeKind::RustNative)
                    }
                    Ok(v1::RustCompilationTarget::Wasm) => Ok(RuntimeKind::RustWasm),
                    Err(_) => Err(Error::invalid_argument(
                        format!("{runtime_field}.rust.target"),
                        format!("unknown target {}", r.target),
                    )),
                },
                Some(Rt::Go(_)) => Ok(RuntimeKind::Go),
                Some(Rt::Deno(_)) => Ok(RuntimeKind::Deno),
                Some(Rt::Wasm(_)) => Ok(RuntimeKind::Wasm),
            }
        }
        Some(Source::Image(i)) => match &i.kind {
            None => Err(Error::invalid_argument(
                format!("{field}.image"),
                "one of `prebuilt`, `fromCode` or `fromGit` is required",
            )),
            Some(Image::Prebuilt(_) | Image::FromCode(_) | Image::FromGit(_)) => Ok(RuntimeKind::Image),
        },
    }
}

/// The code source of a request, checked (`field` is its path, e.g. `"code"`): the
/// runtime it selects and the fields each kind requires. Its bytes stay in the message.
pub fn code_source(code: &v1::CodeSource, field: &str) -> Result<app::CodeSource, Error> {
    use v1::code_source::Source;
    use v1::image_source::Kind as Image;
    runtime_kind(code, field)?;
    Ok(match &code.source {
        Some(Source::Compile(c)) => {
            app::CodeSource::Compile {
                runtime: c.runtime.as_ref().and_then(runtime_from_proto).ok_or_else(|| {
                    Error::invalid_argument(format!("{field}.compile.runtime"), "a runtime is required")
                })?,
            }
        }
        Some(Source::Image(v1::ImageSource { kind: Some(Image::Prebuilt(p)) })) => app::CodeSource::PrebuiltImage {
            image_ref: p.image_ref.clone(),
            registry_secret_ref: p.registry_secret_ref.clone(),
        },
        Some(Source::Image(v1::ImageSource { kind: Some(Image::FromCode(f)) })) => app::CodeSource::ImageFromCode {
            dockerfile_path: f.dockerfile_path.clone(),
            build_args: f.build_args.clone().into_iter().collect(),
        },
        Some(Source::Image(v1::ImageSource { kind: Some(Image::FromGit(g)) })) => app::CodeSource::ImageFromGit {
            git_url: g.git_url.clone(),
            git_ref: g.git_ref.clone(),
            dockerfile_path: g.dockerfile_path.clone(),
            build_args: g.build_args.clone().into_iter().collect(),
            secret_ref: g.secret_ref.clone(),
            context_dir: g.context_dir.clone(),
        },
        // runtime_kind refused these above.
        Some(Source::Image(v1::ImageSource { kind: None })) | None => {
            return Err(Error::invalid_argument(field, "one of `compile` or `image` is required"));
        }
    })
}

/// The wire form of a stored code source, without its bytes.
impl From<&app::CodeSource> for v1::CodeSource {
    fn from(code: &app::CodeSource) -> Self {
        use v1::code_source::Source;
        use v1::image_source::Kind as Image;
        let image = |kind| Source::Image(v1::ImageSource { kind: Some(kind) });
        let source = match code {
            app::CodeSource::Compile { runtime } => {
                Source::Compile(v1::CompileSource { runtime: Some(runtime.into()), source_code: Vec::new() })
            }
            app::CodeSource::PrebuiltImage { image_ref, registry_secret_ref } => {
                image(Image::Prebuilt(v1::PrebuiltImage {
                    image_ref: image_ref.clone(),
                    registry_secret_ref: registry_secret_ref.clone(),
                    image_archive: Vec::new(),
                }))
            }
            app::CodeSource::ImageFromCode { dockerfile_path, build_args } => {
                image(Image::FromCode(v1::ImageFromCode {
                    source_archive: Vec::new(),
                    dockerfile_path: dockerfile_path.clone(),
                    build_args: build_args.clone().into_iter().collect(),
                }))
            }
            app::CodeSource::ImageFromGit {
                git_url,
                git_ref,
                dockerfile_path,
                build_args,
                secret_ref,
                context_dir,
            } => image(Image::FromGit(v1::ImageFromGit {
                git_url: git_url.clone(),
                git_ref: git_ref.clone(),
                dockerfile_path: dockerfile_path.clone(),
                build_args: build_args.clone().into_iter().collect(),
                secret_ref: secret_ref.clone(),
                context_dir: context_dir.clone(),
            })),
        };
        v1::CodeSource { source: Some(source) }
    }
}

/// A runtime message that names a runtime.
pub fn runtime_from_proto(r: &v1::Runtime) -> Option<app::Runtime> {
    use v1::runtime::Kind as Rt;
    Some(match r.kind.as_ref()? {
        Rt::Python(p) => app::Runtime::Python { version: p.version.clone() },
        Rt::Rust(r) => app::Runtime::Rust {
            target: match v1::RustCompilationTarget::try_from(r.target) {
                Ok(v1::RustCompilationTarget::Native) => app::RustTarget::Native,
                Ok(v1::RustCompilationTarget::Wasm) => app::RustTarget::Wasm,
                _ => app::RustTarget::Unspecified,
            },
            toolchain_version: r.toolchain_version.clone(),
        },
        Rt::Go(g) => app::Runtime::Go { version: g.version.clone() },
        Rt::Deno(d) => app::Runtime::Deno { version: d.version.clone() },
        Rt::Wasm(_) => app::Runtime::Wasm,
    })
}

impl From<&app::Runtime> for v1::Runtime {
    fn from(r: &app::Runtime) -> Self {
        use v1::runtime::Kind as Rt;
        let kind = match r {
            app::Runtime::Python { version } => Rt::Python(v1::PythonRuntime { version: version.clone() }),
            app::Runtime::Rust { target, toolchain_version } => Rt::Rust(v1::RustRuntime {
                target: match target {
                    app::RustTarget::Unspecified => v1::RustCompilationTarget::Unspecified,
                    app::RustTarget::Native => v1::RustCompilationTarget::Native,
                    app::RustTarget::Wasm => v1::RustCompilationTarget::Wasm,
                } as i32,
                toolchain_version: toolchain_version.clone(),
            }),
            app::Runtime::Go { version } => Rt::Go(v1::GoRuntime { version: version.clone() }),
            app::Runtime::Deno { version } => Rt::Deno(v1::DenoRuntime { version: version.clone() }),
            app::Runtime::Wasm => Rt::Wasm(v1::WasmRuntime {}),
        };
        v1::Runtime { kind: Some(kind) }
    }
}

/// The code kind a code source delivers.
pub fn code_kind(code: &app::CodeSource) -> v1::CodeKind {
    match code {
        app::CodeSource::Compile { .. } => v1::CodeKind::Sdk,
        app::CodeSource::PrebuiltImage { .. } => v1::CodeKind::Prebuilt,
        app::CodeSource::ImageFromCode { .. } => v1::CodeKind::UploadImage,
        app::CodeSource::ImageFromGit { .. } => v1::CodeKind::GitImage,
    }
}

impl From<v1::ScalingConfig> for app::Scaling {
    fn from(s: v1::ScalingConfig) -> Self {
        app::Scaling {
            min_replicas: s.min_replicas,
            max_replicas: s.max_replicas,
            reserved: s.reserved,
            auto_mode: match s.auto_mode() {
                v1::AutoMode::Unspecified => app::AutoMode::Unspecified,
                v1::AutoMode::Disabled => app::AutoMode::Disabled,
                v1::AutoMode::Enabled => app::AutoMode::Enabled,
                v1::AutoMode::TierOnly => app::AutoMode::TierOnly,
                v1::AutoMode::ScaleOnly => app::AutoMode::ScaleOnly,
            },
            metric: match s.metric() {
                v1::ScaleMetric::Unspecified => app::ScaleMetric::Unspecified,
                v1::ScaleMetric::Concurrency => app::ScaleMetric::Concurrency,
                v1::ScaleMetric::RequestsPerSecond => app::ScaleMetric::RequestsPerSecond,
                v1::ScaleMetric::Cpu => app::ScaleMetric::Cpu,
                v1::ScaleMetric::Memory => app::ScaleMetric::Memory,
            },
            target: s.target,
            idle_timeout_secs: s.idle_timeout_secs,
        }
    }
}

impl From<app::Scaling> for v1::ScalingConfig {
    fn from(s: app::Scaling) -> Self {
        v1::ScalingConfig {
            min_replicas: s.min_replicas,
            max_replicas: s.max_replicas,
            reserved: s.reserved,
            auto_mode: match s.auto_mode {
                app::AutoMode::Unspecified => v1::AutoMode::Unspecified,
                app::AutoMode::Disabled => v1::AutoMode::Disabled,
                app::AutoMode::Enabled => v1::AutoMode::Enabled,
                app::AutoMode::TierOnly => v1::AutoMode::TierOnly,
                app::AutoMode::ScaleOnly => v1::AutoMode::ScaleOnly,
            } as i32,
            metric: match s.metric {
                app::ScaleMetric::Unspecified => v1::ScaleMetric::Unspecified,
                app::ScaleMetric::Concurrency => v1::ScaleMetric::Concurrency,
                app::ScaleMetric::RequestsPerSecond => v1::ScaleMetric::RequestsPerSecond,
                app::ScaleMetric::Cpu => v1::ScaleMetric::Cpu,
                app::ScaleMetric::Memory => v1::ScaleMetric::Memory,
            } as i32,
            target: s.target,
            idle_timeout_secs: s.idle_timeout_secs,
        }
    }
}

/// The config fields of an AppMeta (checked by the caller: an unknown enum value reads
/// as unspecified).
impl From<&v1::AppMeta> for app::AppConfig {
    fn from(m: &v1::AppMeta) -> Self {
        app::AppConfig {
            runtime: m.runtime.as_ref().and_then(runtime_from_proto),
            limits: m.limits.map(Into::into),
            env: m.env.clone().into_iter().collect(),
            tier: tier_from_proto(m.resource_tier()),
            scaling: m.scaling.map(Into::into),
            storage: match m.storage_mode() {
                v1::StorageMode::Unspecified => app::StorageMode::Unspecified,
                v1::StorageMode::Persistent => app::StorageMode::Persistent,
                v1::StorageMode::Ephemeral => app::StorageMode::Ephemeral,
                v1::StorageMode::Ttl => app::StorageMode::Ttl,
            },
            ttl_secs: m.ttl_secs,
            description: m.description.clone(),
            input_schema: m.input_schema.clone(),
            output_schema: m.output_schema.clone(),
            mcp_enabled: m.mcp_enabled,
            max_concurrency: m.max_concurrency,
            ports: m.ports.clone(),
            health_path: m.health_path.clone(),
            public: m.public,
            jobs_enabled: m.jobs_enabled,
            network_enabled: m.network_enabled,
            tags: m.tags.clone(),
            category: m.category.clone(),
            egress_allow: m.egress_allow.clone(),
            retry: m.retry.as_ref().map(Into::into),
            log_retention_secs: m.log_retention_secs,
            schedules: m
                .schedules
                .iter()
                .map(|s| app::Schedule {
                    name: s.name.clone(),
                    cron: s.cron.clone(),
                    timezone: s.timezone.clone(),
                    payload: s.payload.clone(),
                })
                .collect(),
        }
    }
}

/// Unknown `retry_on` values are dropped (the caller checked them).
impl From<&v1::RetryPolicy> for app::RetryPolicy {
    fn from(r: &v1::RetryPolicy) -> Self {
        app::RetryPolicy {
            max_attempts: r.max_attempts,
            initial_backoff_ms: r.initial_backoff_ms,
            max_backoff_ms: r.max_backoff_ms,
            multiplier: r.multiplier,
            jitter: r.jitter,
            retry_on: r
                .retry_on()
                .filter_map(|f| match f {
                    v1::RetryOn::Unspecified => None,
                    v1::RetryOn::Timeout => Some(app::Failure::Timeout),
                    v1::RetryOn::Crashed => Some(app::Failure::Crashed),
                    v1::RetryOn::ServerError => Some(app::Failure::ServerError),
                })
                .collect(),
        }
    }
}

impl From<&app::RetryPolicy> for v1::RetryPolicy {
    fn from(r: &app::RetryPolicy) -> Self {
        v1::RetryPolicy {
            max_attempts: r.max_attempts,
            initial_backoff_ms: r.initial_backoff_ms,
            max_backoff_ms: r.max_backoff_ms,
            multiplier: r.multiplier,
            jitter: r.jitter,
            retry_on: r
                .retry_on
                .iter()
                .map(|f| match f {
                    app::Failure::Timeout => v1::RetryOn::Timeout,
                    app::Failure::Crashed => v1::RetryOn::Crashed,
                    app::Failure::ServerError => v1::RetryOn::ServerError,
                } as i32)
                .collect(),
        }
    }
}

/// An AppMeta holding the config (the app's identity and state left unset).
impl From<&app::AppConfig> for v1::AppMeta {
    fn from(c: &app::AppConfig) -> Self {
        v1::AppMeta {
            runtime: c.runtime.as_ref().map(Into::into),
            limits: c.limits.map(Into::into),
            env: c.env.clone().into_iter().collect(),
            resource_tier: c.tier.map(tier_to_proto).unwrap_or(v1::ResourceTier::Unspecified) as i32,
            scaling: c.scaling.map(Into::into),
            storage_mode: match c.storage {
                app::StorageMode::Unspecified => v1::StorageMode::Unspecified,
                app::StorageMode::Persistent => v1::StorageMode::Persistent,
                app::StorageMode::Ephemeral => v1::StorageMode::Ephemeral,
                app::StorageMode::Ttl => v1::StorageMode::Ttl,
            } as i32,
            ttl_secs: c.ttl_secs,
            description: c.description.clone(),
            input_schema: c.input_schema.clone(),
            output_schema: c.output_schema.clone(),
            mcp_enabled: c.mcp_enabled,
            max_concurrency: c.max_concurrency,
            ports: c.ports.clone(),
            health_path: c.health_path.clone(),
            public: c.public,
            jobs_enabled: c.jobs_enabled,
            network_enabled: c.network_enabled,
            tags: c.tags.clone(),
            category: c.category.clone(),
            egress_allow: c.egress_allow.clone(),
            retry: c.retry.as_ref().map(Into::into),
            log_retention_secs: c.log_retention_secs,
            schedules: c
                .schedules
                .iter()
                .map(|s| v1::Schedule {
                    name: s.name.clone(),
                    cron: s.cron.clone(),
                    timezone: s.timezone.clone(),
                    payload: s.payload.clone(),
                })
                .collect(),
            ..Default::default()
        }
    }
}

impl From<app::ExecutionStatus> for v1::ExecutionStatus {
    fn from(s: app::ExecutionStatus) -> Self {
        match s {
            app::ExecutionStatus::Unspecified => v1::ExecutionStatus::Unspecified,
            app::ExecutionStatus::Pending => v1::ExecutionStatus::Pending,
            app::ExecutionStatus::Running => v1::ExecutionStatus::Running,
            app::ExecutionStatus::Succeeded => v1::ExecutionStatus::Succeeded,
            app::ExecutionStatus::Failed => v1::ExecutionStatus::Failed,
            app::ExecutionStatus::Timeout => v1::ExecutionStatus::Timeout,
            app::ExecutionStatus::Cancelled => v1::ExecutionStatus::Cancelled,
        }
    }
}

impl From<app::ExecutionKind> for v1::ExecutionKind {
    fn from(k: app::ExecutionKind) -> Self {
        match k {
            app::ExecutionKind::Unspecified => v1::ExecutionKind::Unspecified,
            app::ExecutionKind::InvokeAsync => v1::ExecutionKind::InvokeAsync,
            app::ExecutionKind::TestDraft => v1::ExecutionKind::TestDraft,
            app::ExecutionKind::TestVersion => v1::ExecutionKind::TestVersion,
            app::ExecutionKind::Job => v1::ExecutionKind::Job,
            app::ExecutionKind::Mcp => v1::ExecutionKind::Mcp,
            app::ExecutionKind::Schedule => v1::ExecutionKind::Schedule,
        }
    }
}

impl From<&app::Execution> for v1::Execution {
    fn from(e: &app::Execution) -> Self {
        v1::Execution {
            execution_id: e.id.clone(),
            app_id: e.app_id.clone(),
            version: e.version,
            status: v1::ExecutionStatus::from(e.status) as i32,
            started_at_ms: e.started_at_ms,
            completed_at_ms: e.completed_at_ms,
            duration_ms: e.duration_ms,
            output: e.output.clone(),
            error: e.error.clone(),
            http_status: e.http_status,
            created_at_ms: e.created_at_ms,
            kind: v1::ExecutionKind::from(e.kind) as i32,
            output_ref: e.output_ref.clone(),
            output_size: e.output_size,
            output_headers: e.output_headers.clone().into_iter().collect(),
            awaiting_input: e.awaiting_input,
            attempt: e.attempt,
            attempts: e
                .attempts
                .iter()
                .map(|a| v1::ExecutionAttempt {
                    attempt: a.attempt,
                    status: v1::ExecutionStatus::from(a.status) as i32,
                    error: a.error.clone(),
                    http_status: a.http_status,
                    started_at_ms: a.started_at_ms,
                    completed_at_ms: a.completed_at_ms,
                })
                .collect(),
            next_attempt_at_ms: e.next_attempt_at_ms,
            dead_letter: e.dead_letter,
            redriven_as: e.redriven_as.clone(),
            schedule: e.schedule.clone(),
            scheduled_at_ms: e.scheduled_at_ms,
            callback_url: e.callback_url.clone().unwrap_or_default(),
            callback_status: match e.callback_status {
                app::CallbackStatus::None => v1::CallbackStatus::Unspecified,
                app::CallbackStatus::Pending => v1::CallbackStatus::Pending,
                app::CallbackStatus::Delivered => v1::CallbackStatus::Delivered,
                app::CallbackStatus::Failed => v1::CallbackStatus::Failed,
            } as i32,
            callback_attempts: e.callback_attempts,
            callback_error: e.callback_error.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_keep_code_message_and_field() {
        let e = Error::invalid_argument("resource_tier", "unknown enum value");
        let s = status_from_error(&e);
        assert_eq!(s.code(), tonic::Code::InvalidArgument);
        assert_eq!(error_from_status(&s), e);
        let e = Error::not_found("app", "acme/x");
        assert_eq!(error_from_status(&status_from_error(&e)), e);
    }

    #[test]
    fn runtime_kind_names_the_missing_field() {
        let empty = v1::CodeSource::default();
        let err = runtime_kind(&empty, "code").unwrap_err();
        assert_eq!(err.field(), Some("code"));
        let no_runtime = v1::CodeSource {
            source: Some(v1::code_source::Source::Compile(v1::CompileSource { runtime: None, source_code: vec![1] })),
        };
        assert_eq!(runtime_kind(&no_runtime, "code").unwrap_err().field(), Some("code.compile.runtime"));
        let rust = v1::CodeSource {
            source: Some(v1::code_source::Source::Compile(v1::CompileSource {
                runtime: Some(v1::Runtime {
                    kind: Some(v1::runtime::Kind::Rust(v1::RustRuntime {
                        target: v1::RustCompilationTarget::Wasm as i32,
                        toolchain_version: String::new(),
                    })),
                }),
                source_code: vec![],
            })),
        };
        assert_eq!(runtime_kind(&rust, "code").unwrap(), RuntimeKind::RustWasm);
        let stored = code_source(&rust, "code").unwrap();
        assert_eq!(code_kind(&stored), v1::CodeKind::Sdk);
        assert_eq!(v1::CodeSource::from(&stored), rust, "a source without bytes round-trips");
    }

    #[test]
    fn an_app_config_round_trips() {
        let meta = v1::AppMeta {
            runtime: Some(v1::Runtime { kind: Some(v1::runtime::Kind::Go(v1::GoRuntime { version: "1.22".into() })) }),
            limits: Some(v1::ResourceLimits { memory_mb: 256, cpu_millicores: 500, timeout_secs: 9 }),
            env: [("A".to_string(), "1".to_string())].into(),
            resource_tier: v1::ResourceTier::Large as i32,
            scaling: Some(v1::ScalingConfig {
                min_replicas: 1,
                max_replicas: 5,
                reserved: 2,
                auto_mode: v1::AutoMode::ScaleOnly as i32,
                metric: v1::ScaleMetric::Cpu as i32,
                target: 3,
                idle_timeout_secs: 60,
            }),
            storage_mode: v1::StorageMode::Ephemeral as i32,
            ttl_secs: 7,
            description: "d".into(),
            input_schema: "{}".into(),
            output_schema: "{}".into(),
            mcp_enabled: true,
            max_concurrency: 8,
            ports: vec![80, 8080],
            health_path: "/h".into(),
            public: true,
            jobs_enabled: true,
            network_enabled: true,
            tags: vec!["t".into()],
            category: vec!["c".into()],
            egress_allow: vec!["example.com".into()],
            retry: Some(v1::RetryPolicy {
                max_attempts: 3,
                initial_backoff_ms: 100,
                max_backoff_ms: 1000,
                multiplier: 1.5,
                jitter: 0.25,
                retry_on: vec![v1::RetryOn::Timeout as i32, v1::RetryOn::ServerError as i32],
            }),
            schedules: vec![v1::Schedule {
                name: "nightly".into(),
                cron: "0 0 3 * * *".into(),
                timezone: "Europe/Paris".into(),
                payload: b"{}".to_vec(),
            }],
            log_retention_secs: 3600,
            ..Default::default()
        };
        assert_eq!(v1::AppMeta::from(&app::AppConfig::from(&meta)), meta);
    }

    #[test]
    fn tiers_round_trip() {
        for t in [
            resources::ResourceTier::Small,
            resources::ResourceTier::Medium,
            resources::ResourceTier::Large,
            resources::ResourceTier::Xlarge,
        ] {
            assert_eq!(tier_from_proto(tier_to_proto(t)), Some(t));
        }
        assert_eq!(tier_from_proto(v1::ResourceTier::Unspecified), None);
    }
}
