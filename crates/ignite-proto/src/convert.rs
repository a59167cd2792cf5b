//! Conversions between the domain types of `ignite-core` and their wire form.
//!
//! Architecture invariant: this module is the only place where domain types and
//! generated messages meet; servers and clients call these functions rather than
//! matching on both enums themselves.

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

/// What a build needs to know of a draft. Image credentials are left empty: the server
/// resolves them from the named secrets.
pub fn compile_spec(code: &v1::CodeSource) -> Result<ignite_core::runtime::CodeSpec, Error> {
    use ignite_core::runtime::CodeSpec;
    use v1::code_source::Source;
    use v1::image_source::Kind as Image;
    use v1::runtime::Kind as Rt;
    let kind = runtime_kind(code, "code")?;
    let c = match &code.source {
        Some(Source::Compile(c)) => c,
        Some(Source::Image(v1::ImageSource { kind: Some(image) })) => {
            return Ok(match image {
                Image::Prebuilt(p) => CodeSpec::PrebuiltImage { image_ref: p.image_ref.clone(), credentials: None },
                Image::FromCode(f) => CodeSpec::ImageFromCode {
                    dockerfile_path: f.dockerfile_path.clone(),
                    build_args: f.build_args.clone().into_iter().collect(),
                },
                Image::FromGit(g) => CodeSpec::ImageFromGit {
                    git_url: g.git_url.clone(),
                    git_ref: g.git_ref.clone(),
                    dockerfile_path: g.dockerfile_path.clone(),
                    build_args: g.build_args.clone().into_iter().collect(),
                    context_dir: g.context_dir.clone(),
                    credentials: None,
                },
            });
        }
        _ => return Err(Error::unimplemented(format!("building {kind} code is not served by the compile pipeline"))),
    };
    Ok(match c.runtime.as_ref().and_then(|r| r.kind.as_ref()) {
        Some(Rt::Python(p)) => CodeSpec::Python { version: p.version.clone() },
        Some(Rt::Rust(r)) => {
            CodeSpec::Rust { wasm: kind == RuntimeKind::RustWasm, toolchain_version: r.toolchain_version.clone() }
        }
        Some(Rt::Go(g)) => CodeSpec::Go { version: g.version.clone() },
        Some(Rt::Deno(d)) => CodeSpec::Deno { version: d.version.clone() },
        Some(Rt::Wasm(_)) | None => CodeSpec::Wasm,
    })
}

/// The code kind a code source delivers.
pub fn code_kind(code: &v1::CodeSource) -> v1::CodeKind {
    use v1::code_source::Source;
    use v1::image_source::Kind as Image;
    match &code.source {
        None => v1::CodeKind::Unspecified,
        Some(Source::Compile(_)) => v1::CodeKind::Sdk,
        Some(Source::Image(i)) => match &i.kind {
            None => v1::CodeKind::Unspecified,
            Some(Image::Prebuilt(_)) => v1::CodeKind::Prebuilt,
            Some(Image::FromCode(_)) => v1::CodeKind::UploadImage,
            Some(Image::FromGit(_)) => v1::CodeKind::GitImage,
        },
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
        assert_eq!(code_kind(&rust), v1::CodeKind::Sdk);
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
