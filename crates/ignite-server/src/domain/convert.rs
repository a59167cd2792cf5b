//! Where the wire meets the domain: checks of request fields (each error names its
//! field), the records' wire views (AppMeta, DraftInfo, versions, catalog items), and
//! an app's config turned into what the engine runs. The services call these; nothing
//! else in the domain builds or reads a wire message field by field.

use std::collections::{BTreeMap, HashSet};
use std::time::Duration;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use ignite_core::app::{AppConfig, CodeSource, ExecutionStatus, RetryPolicy};
use ignite_core::function_id::FunctionId;
use ignite_core::lifecycle::{DraftStatus, VersionStatus};
use ignite_core::names::OrgName;
use ignite_core::runtime::{LogRecord, RequestHead, RuntimeKind};
use ignite_core::{Code, Error};
use ignite_proto::convert::{code_kind, tier_to_proto};
use ignite_proto::v1;
use ignite_runtime::pool::PoolConfig;

use crate::auth::Caller;
use crate::engine::RunSettings;
use crate::obs::telemetry::AppEvent;
use crate::store::stats::Slot;
use crate::store::{AppRow, DraftRow, SecretRow, VersionRow};

pub const DEFAULT_PAGE: u32 = 50;
pub const MAX_PAGE: u32 = 500;
pub const SECRET_KIND_GIT: &str = "git_secret";
pub const SECRET_KIND_REGISTRY: &str = "registry_secret";
pub const SECRET_KIND_APP: &str = "app_secret";
/// Concurrent calls per replica when the app sets none.
pub const DEFAULT_MAX_CONCURRENCY: u32 = 4;
pub const DEFAULT_MAX_REPLICAS: u32 = 4;
pub const DEFAULT_IDLE_TIMEOUT: Duration = Duration::from_secs(300);

pub fn invalid(field: &str, message: impl std::fmt::Display) -> Error {
    Error::invalid_argument(field, message)
}

pub fn enum_value<E: TryFrom<i32>>(value: i32, field: &str) -> Result<E, Error> {
    E::try_from(value).map_err(|_| invalid(field, format!("unknown enum value {value}")))
}

/// Validates `org` and checks the caller may act in it.
pub fn org_of(caller: &Caller, org: &str) -> Result<OrgName, Error> {
    let org = OrgName::new(org).map_err(|e| e.into_error("organization_name"))?;
    caller.authorize(org.as_str())?;
    Ok(org)
}

/// Validates the (org, app) pair of a request and checks the caller may act in it.
pub fn function_of(caller: &Caller, org: &str, app: &str, app_field: &str) -> Result<FunctionId, Error> {
    let org = org_of(caller, org)?;
    let app = ignite_core::names::AppName::new(app).map_err(|e| e.into_error(app_field))?;
    FunctionId::new(org, app).map_err(|e| e.into_error(app_field))
}

pub fn validate_schema(field: &str, text: &str) -> Result<(), Error> {
    if text.is_empty() {
        return Ok(());
    }
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| invalid(field, format!("not a JSON document: {e}")))?;
    jsonschema::validator_for(&value).map_err(|e| invalid(field, format!("not a valid JSON Schema: {e}")))?;
    Ok(())
}

pub fn validate_env(field: &str, env: &std::collections::HashMap<String, String>) -> Result<(), Error> {
    for key in env.keys() {
        let ok = !key.is_empty()
            && key.chars().next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
            && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
        if !ok {
            return Err(invalid(field, format!("{key:?} is not a valid variable name ([A-Za-z_][A-Za-z0-9_]*)")));
        }
        if key.starts_with("IGNITE_") {
            return Err(invalid(field, format!("{key:?}: names starting with IGNITE_ are reserved")));
        }
    }
    Ok(())
}

pub fn validate_ports(field: &str, ports: &[u32]) -> Result<(), Error> {
    let mut seen = HashSet::new();
    for &p in ports {
        if p == 0 || p > 65535 {
            return Err(invalid(field, format!("{p} is not a port (1-65535)")));
        }
        if !seen.insert(p) {
            return Err(invalid(field, format!("port {p} is listed twice")));
        }
    }
    Ok(())
}

pub fn validate_limits(field: &str, l: &v1::ResourceLimits) -> Result<(), Error> {
    if l.memory_mb > 65_536 {
        return Err(invalid(&format!("{field}.memory_mb"), "at most 65536"));
    }
    if l.cpu_millicores > 64_000 {
        return Err(invalid(&format!("{field}.cpu_millicores"), "at most 64000"));
    }
    if l.timeout_secs > 3600 {
        return Err(invalid(&format!("{field}.timeout_secs"), "at most 3600"));
    }
    Ok(())
}

pub fn validate_scaling(field: &str, s: &v1::ScalingConfig) -> Result<(), Error> {
    enum_value::<v1::AutoMode>(s.auto_mode, &format!("{field}.auto_mode"))?;
    enum_value::<v1::ScaleMetric>(s.metric, &format!("{field}.metric"))?;
    if s.max_replicas > 0 && s.min_replicas > s.max_replicas {
        return Err(invalid(&format!("{field}.min_replicas"), "must not exceed max_replicas"));
    }
    if s.max_replicas > 0 && s.reserved > s.max_replicas {
        return Err(invalid(&format!("{field}.reserved"), "must not exceed max_replicas"));
    }
    if s.max_replicas > 1000 {
        return Err(invalid(&format!("{field}.max_replicas"), "at most 1000"));
    }
    Ok(())
}

/// Checks every config field of an AppMeta (as assembled from a request).
pub fn validate_config(c: &v1::AppMeta) -> Result<(), Error> {
    enum_value::<v1::ResourceTier>(c.resource_tier, "resource_tier")?;
    enum_value::<v1::StorageMode>(c.storage_mode, "storage_mode")?;
    if let Some(l) = &c.limits {
        validate_limits("limits", l)?;
    }
    if let Some(s) = &c.scaling {
        validate_scaling("scaling", s)?;
    }
    validate_env("env", &c.env)?;
    validate_ports("ports", &c.ports)?;
    validate_schema("input_schema", &c.input_schema)?;
    validate_schema("output_schema", &c.output_schema)?;
    if !c.health_path.is_empty() && !c.health_path.starts_with('/') {
        return Err(invalid("health_path", "must start with '/'"));
    }
    if c.description.len() > 4096 {
        return Err(invalid("description", "at most 4096 bytes"));
    }
    if c.storage_mode == v1::StorageMode::Ttl as i32 && c.ttl_secs == 0 {
        return Err(invalid("ttl_secs", "required when storage_mode is STORAGE_MODE_TTL"));
    }
    validate_egress_allow("egress_allow", &c.egress_allow)?;
    if let Some(r) = &c.retry {
        validate_retry("retry", r)?;
    }
    validate_schedules("schedules", &c.schedules)?;
    if u64::from(c.log_retention_secs) > MAX_LOG_RETENTION.as_secs() {
        return Err(invalid("log_retention_secs", format!("at most {} (90 days)", MAX_LOG_RETENTION.as_secs())));
    }
    Ok(())
}

/// The longest an app may keep its log lines.
pub const MAX_LOG_RETENTION: Duration = Duration::from_secs(90 * 24 * 3600);

/// Schedules an app may have.
pub const MAX_SCHEDULES: usize = 32;
/// The largest payload of a schedule.
pub const MAX_SCHEDULE_PAYLOAD: usize = 256 << 10;

pub fn validate_schedules(field: &str, schedules: &[v1::Schedule]) -> Result<(), Error> {
    if schedules.len() > MAX_SCHEDULES {
        return Err(invalid(field, format!("at most {MAX_SCHEDULES} schedules")));
    }
    let mut names = HashSet::new();
    for (i, s) in schedules.iter().enumerate() {
        let at = |name: &str| format!("{field}[{i}].{name}");
        let name_ok = (1..=63).contains(&s.name.len())
            && s.name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !name_ok {
            return Err(invalid(&at("name"), "1 to 63 of a-z, 0-9 and '-'"));
        }
        if !names.insert(s.name.as_str()) {
            return Err(invalid(&at("name"), format!("{:?} names two schedules", s.name)));
        }
        cron_of(&s.cron, &s.timezone).map_err(|(part, e)| invalid(&at(part), e))?;
        if s.payload.len() > MAX_SCHEDULE_PAYLOAD {
            return Err(invalid(&at("payload"), format!("at most {MAX_SCHEDULE_PAYLOAD} bytes")));
        }
    }
    Ok(())
}

/// A schedule's cron expression (five fields get second 0) and time zone ("" = UTC);
/// an error names the part that is wrong ("cron" or "timezone").
pub fn cron_of(cron: &str, timezone: &str) -> Result<(cron::Schedule, chrono_tz::Tz), (&'static str, String)> {
    use std::str::FromStr;
    let fields = cron.split_whitespace().count();
    let expression = match fields {
        5 => format!("0 {cron}"),
        6 | 7 => cron.to_string(),
        n => return Err(("cron", format!("has {n} fields; five, six (with seconds) or seven (with a year)"))),
    };
    let schedule = cron::Schedule::from_str(&expression).map_err(|e| ("cron", e.to_string()))?;
    let tz = if timezone.is_empty() {
        chrono_tz::UTC
    } else {
        timezone.parse().map_err(|_| ("timezone", format!("{timezone:?} is not an IANA time zone")))?
    };
    Ok((schedule, tz))
}

/// The first tick of `schedule` in `tz` strictly after `after_ms`; None when it has none.
pub fn next_tick(schedule: &cron::Schedule, tz: chrono_tz::Tz, after_ms: i64) -> Option<i64> {
    use chrono::TimeZone;
    let after = tz.timestamp_millis_opt(after_ms).single()?;
    schedule.after(&after).next().map(|t| t.timestamp_millis())
}

pub fn validate_retry(field: &str, r: &v1::RetryPolicy) -> Result<(), Error> {
    if r.max_attempts > RetryPolicy::MAX_ATTEMPTS {
        return Err(invalid(&format!("{field}.max_attempts"), format!("at most {}", RetryPolicy::MAX_ATTEMPTS)));
    }
    if r.max_backoff_ms > 3_600_000 {
        return Err(invalid(&format!("{field}.max_backoff_ms"), "at most 3600000 (an hour)"));
    }
    if r.initial_backoff_ms > 3_600_000 {
        return Err(invalid(&format!("{field}.initial_backoff_ms"), "at most 3600000 (an hour)"));
    }
    if r.multiplier != 0.0 && !(1.0..=10.0).contains(&r.multiplier) {
        return Err(invalid(&format!("{field}.multiplier"), "from 1.0 to 10.0 (0 = 2.0)"));
    }
    if !(0.0..=1.0).contains(&r.jitter) {
        return Err(invalid(&format!("{field}.jitter"), "from 0.0 to 1.0"));
    }
    for value in &r.retry_on {
        if *value == 0 {
            return Err(invalid(&format!("{field}.retry_on"), "RETRY_ON_UNSPECIFIED is not a failure"));
        }
        enum_value::<v1::RetryOn>(*value, &format!("{field}.retry_on"))?;
    }
    Ok(())
}

pub fn validate_egress_allow(field: &str, entries: &[String]) -> Result<(), Error> {
    if entries.len() > 256 {
        return Err(invalid(field, "at most 256 entries"));
    }
    for entry in entries {
        entry.parse::<ignite_runtime::egress::Destination>().map_err(|e| invalid(field, e))?;
    }
    Ok(())
}

pub fn runtime_of(code: &CodeSource) -> Option<v1::Runtime> {
    code.runtime().map(Into::into)
}

pub fn deployment_mode(kind: RuntimeKind) -> v1::DeploymentMode {
    if kind == RuntimeKind::Image { v1::DeploymentMode::Image } else { v1::DeploymentMode::Sdk }
}

pub fn version_status(s: VersionStatus) -> i32 {
    v1::VersionStatus::from(s) as i32
}

pub fn draft_info(d: &DraftRow) -> v1::DraftInfo {
    v1::DraftInfo {
        status: version_status(d.state.status.into()),
        code_hash: d.code_hash.clone(),
        created_at_ms: d.created_at_ms,
        last_deployment_at_ms: d.last_deployment_at_ms,
        runtime: runtime_of(&d.code),
        code_kind: code_kind(&d.code) as i32,
        deploy_id: d.deploy_id.clone().unwrap_or_default(),
        error: d.error.clone(),
        image_ref: d.code.image_ref().to_string(),
        build_id: d.build_id.clone().unwrap_or_default(),
        deployment_mode: deployment_mode(d.runtime_kind) as i32,
        limits: None,
        scaling: None,
        input_schema: d.input_schema.clone(),
        output_schema: d.output_schema.clone(),
        size_bytes: d.size_bytes,
        compiled: d.state.compiled,
    }
}

/// Splits the large bytes out of a code source: returns the bytes (to store as a blob)
/// and the source without them. Validates the source's required fields.
pub fn take_code_bytes(code: &mut v1::CodeSource) -> Result<Vec<u8>, Error> {
    use v1::code_source::Source;
    use v1::image_source::Kind;
    match &mut code.source {
        None => Err(invalid("code", "one of `compile` or `image` is required")),
        Some(Source::Compile(c)) => {
            if c.source_code.is_empty() {
                return Err(invalid("code.compile.source_code", "is empty"));
            }
            Ok(std::mem::take(&mut c.source_code))
        }
        Some(Source::Image(i)) => match &mut i.kind {
            None => Err(invalid("code.image", "one of `prebuilt`, `fromCode` or `fromGit` is required")),
            Some(Kind::Prebuilt(p)) => {
                if p.image_ref.is_empty() && p.image_archive.is_empty() {
                    return Err(invalid(
                        "code.image.prebuilt.image_ref",
                        "an image_ref or an image_archive is required",
                    ));
                }
                if !p.image_archive.is_empty() {
                    return Ok(std::mem::take(&mut p.image_archive));
                }
                // The reference itself is the code of a registry image.
                Ok(p.image_ref.clone().into_bytes())
            }
            Some(Kind::FromCode(f)) => {
                if f.source_archive.is_empty() {
                    return Err(invalid("code.image.from_code.source_archive", "is empty"));
                }
                Ok(std::mem::take(&mut f.source_archive))
            }
            Some(Kind::FromGit(g)) => {
                if g.git_url.is_empty() {
                    return Err(invalid("code.image.from_git.git_url", "is required"));
                }
                Ok(format!("{}#{}", g.git_url, g.git_ref).into_bytes())
            }
        },
    }
}

/// What GetAppCode returns of a stored blob: the upload itself, or nothing when the
/// blob is a reference the platform derived (a registry image, a git URL).
pub fn restore_code_bytes(code: &CodeSource, bytes: Vec<u8>) -> Vec<u8> {
    if code.blob_is_upload() { bytes } else { Vec::new() }
}

pub fn decode_cursor(cursor: &str) -> Result<Option<(String, String)>, Error> {
    if cursor.is_empty() {
        return Ok(None);
    }
    let bytes = URL_SAFE_NO_PAD.decode(cursor).map_err(|_| invalid("cursor", "not a cursor from this server"))?;
    let text = String::from_utf8(bytes).map_err(|_| invalid("cursor", "not a cursor from this server"))?;
    let (org, name) = text.split_once('/').ok_or_else(|| invalid("cursor", "not a cursor from this server"))?;
    Ok(Some((org.to_string(), name.to_string())))
}

pub fn encode_cursor(last: &AppRow) -> String {
    URL_SAFE_NO_PAD.encode(format!("{}/{}", last.org, last.name))
}

pub fn alias_view(a: &ignite_core::app::Alias) -> v1::Alias {
    v1::Alias {
        name: a.name.clone(),
        version: a.version,
        canary_version: a.canary_version,
        canary_weight: a.canary_weight,
        updated_at_ms: a.updated_at_ms,
        max_error_rate: a.bounds.max_error_rate,
        max_p99_ms: a.bounds.max_p99_ms,
        window_secs: a.bounds.window_secs,
        min_calls: a.bounds.min_calls,
    }
}

/// A cursor after execution `last` in a newest-first list.
pub fn encode_execution_cursor(last: &ignite_core::app::Execution) -> String {
    URL_SAFE_NO_PAD.encode(format!("{}/{}", last.created_at_ms, last.id))
}

pub fn decode_execution_cursor(cursor: &str) -> Result<Option<(i64, String)>, Error> {
    if cursor.is_empty() {
        return Ok(None);
    }
    let not_ours = || invalid("cursor", "not a cursor from this server");
    let text = String::from_utf8(URL_SAFE_NO_PAD.decode(cursor).map_err(|_| not_ours())?).map_err(|_| not_ours())?;
    let (at, id) = text.split_once('/').ok_or_else(not_ours)?;
    Ok(Some((at.parse().map_err(|_| not_ours())?, id.to_string())))
}

pub fn page_limit(limit: u32) -> Result<u32, Error> {
    match limit {
        0 => Ok(DEFAULT_PAGE),
        l if l > MAX_PAGE => Err(invalid("limit", format!("at most {MAX_PAGE}"))),
        l => Ok(l),
    }
}

pub fn paginate(mut rows: Vec<AppRow>, limit: u32) -> (Vec<AppRow>, String) {
    if rows.len() > limit as usize {
        rows.truncate(limit as usize);
        let next = rows.last().map(encode_cursor).unwrap_or_default();
        (rows, next)
    } else {
        (rows, String::new())
    }
}

/// The serving posture from what the control plane knows. Replica counts join it when
/// the runtime engine reports them.
pub fn deployment_state(app: &AppRow, draft: Option<&DraftRow>) -> v1::DeploymentState {
    match draft.map(|d| d.state.status) {
        Some(DraftStatus::Compiling) => v1::DeploymentState::Building,
        _ if app.active_version == 0 => v1::DeploymentState::Created,
        _ => v1::DeploymentState::ScaledToZero,
    }
}

/// Field names accepted in `update_mask`, as proto names.
pub const UPDATE_FIELDS: &[&str] = &[
    "resource_tier",
    "description",
    "env",
    "limits",
    "scaling",
    "storage_mode",
    "ttl_secs",
    "mcp_enabled",
    "input_schema",
    "output_schema",
    "max_concurrency",
    "ports",
    "health_path",
    "public",
    "jobs_enabled",
    "network_enabled",
    "egress_allow",
    "retry",
    "schedules",
    "log_retention_secs",
    "tags",
    "category",
];

pub fn snake_case(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_ascii_uppercase() {
            out.push('_');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// Applies a partial update (see UpdateAppConfigRequest in the proto).
pub fn apply_update(mut c: v1::AppMeta, req: v1::UpdateAppConfigRequest) -> Result<v1::AppMeta, Error> {
    let mask: BTreeMap<String, ()> = req
        .update_mask
        .iter()
        .map(|f| {
            let name = snake_case(f);
            if UPDATE_FIELDS.contains(&name.as_str()) {
                Ok((name, ()))
            } else {
                Err(invalid("update_mask", format!("{f:?} is not an updatable field")))
            }
        })
        .collect::<Result<_, _>>()?;
    let explicit = !mask.is_empty();
    let wants = |field: &str, present: bool| if explicit { mask.contains_key(field) } else { present };

    if wants("resource_tier", req.resource_tier.is_some()) {
        c.resource_tier = req.resource_tier.unwrap_or_default();
    }
    if wants("description", req.description.is_some()) {
        c.description = req.description.unwrap_or_default();
    }
    if wants("env", !req.env.is_empty()) {
        c.env = req.env;
    }
    if wants("limits", req.limits.is_some()) {
        c.limits = req.limits;
    }
    if wants("scaling", req.scaling.is_some()) {
        c.scaling = req.scaling;
    }
    if wants("storage_mode", req.storage_mode.is_some()) {
        c.storage_mode = req.storage_mode.unwrap_or_default();
    }
    if wants("ttl_secs", req.ttl_secs.is_some()) {
        c.ttl_secs = req.ttl_secs.unwrap_or_default();
    }
    if wants("mcp_enabled", req.mcp_enabled.is_some()) {
        c.mcp_enabled = req.mcp_enabled.unwrap_or_default();
    }
    if wants("input_schema", req.input_schema.is_some()) {
        c.input_schema = req.input_schema.unwrap_or_default();
    }
    if wants("output_schema", req.output_schema.is_some()) {
        c.output_schema = req.output_schema.unwrap_or_default();
    }
    if wants("max_concurrency", req.max_concurrency.is_some()) {
        c.max_concurrency = req.max_concurrency.unwrap_or_default();
    }
    if wants("ports", !req.ports.is_empty()) {
        c.ports = req.ports;
    }
    if wants("health_path", req.health_path.is_some()) {
        c.health_path = req.health_path.unwrap_or_default();
    }
    if wants("public", req.public.is_some()) {
        c.public = req.public.unwrap_or_default();
    }
    if wants("jobs_enabled", req.jobs_enabled.is_some()) {
        c.jobs_enabled = req.jobs_enabled.unwrap_or_default();
    }
    if wants("network_enabled", req.network_enabled.is_some()) {
        c.network_enabled = req.network_enabled.unwrap_or_default();
    }
    if wants("egress_allow", !req.egress_allow.is_empty()) {
        c.egress_allow = req.egress_allow;
    }
    if wants("log_retention_secs", req.log_retention_secs.is_some()) {
        c.log_retention_secs = req.log_retention_secs.unwrap_or_default();
    }
    if wants("schedules", !req.schedules.is_empty()) {
        c.schedules = req.schedules;
    }
    if wants("retry", req.retry.is_some()) {
        c.retry = req.retry;
    }
    if wants("tags", !req.tags.is_empty()) {
        c.tags = req.tags;
    }
    if wants("category", !req.category.is_empty()) {
        c.category = req.category;
    }
    Ok(c)
}

pub fn version_info(app: &AppRow, v: &VersionRow) -> v1::AppVersionInfo {
    let status = if v.version == app.active_version { VersionStatus::Active } else { VersionStatus::Superseded };
    v1::AppVersionInfo {
        version: v.version,
        code_hash: v.code_hash.clone(),
        created_at_ms: v.created_at_ms,
        status: version_status(status),
        resource_tier: tier_to_proto(v.config.tier()) as i32,
        runtime: runtime_of(&v.code),
        scaling: v.config.scaling.map(Into::into),
        limits: Some(v.config.applied_limits().into()),
        code_kind: code_kind(&v.code) as i32,
        size_bytes: v.size_bytes,
    }
}

pub fn catalog_item(meta: &v1::AppMeta, runtime: &str) -> v1::CatalogItem {
    v1::CatalogItem {
        id: meta.id.clone(),
        name: meta.name.clone(),
        description: meta.description.clone(),
        tags: meta.tags.clone(),
        category: meta.category.clone(),
        author: meta.organization_name.clone(),
        input_modality: "json".into(),
        output_modality: "json".into(),
        created_at_ms: meta.created_at_ms,
        source_type: v1::CatalogSourceType::CatalogSourceFunction as i32,
        source: Some(v1::catalog_item::Source::App(v1::AppCatalogFields {
            runtime: runtime.to_string(),
            mcp_enabled: meta.mcp_enabled,
            has_streaming: true,
            model_count: 0,
            active_version: meta.active_version,
            organization_name: meta.organization_name.clone(),
        })),
    }
}

pub fn secret_metadata(row: &SecretRow) -> v1::SecretMetadata {
    v1::SecretMetadata {
        name: row.name.clone(),
        r#type: row.kind.clone(),
        created_at_ms: row.created_at_ms,
        updated_at_ms: row.updated_at_ms,
    }
}

/// The request head of an invocation envelope, validated.
pub fn request_head(http: Option<&v1::HttpContext>) -> Result<RequestHead, Error> {
    let http = http.cloned().unwrap_or_default();
    let method = if http.method.is_empty() { "POST".to_string() } else { http.method.to_ascii_uppercase() };
    if !method.bytes().all(|b| b.is_ascii_uppercase()) || method.len() > 16 {
        return Err(Error::invalid_argument("http.method", format!("{:?} is not an HTTP method", http.method)));
    }
    let path = if http.path.is_empty() { "/".to_string() } else { http.path };
    if !path.starts_with('/') {
        return Err(Error::invalid_argument("http.path", "must start with '/'"));
    }
    let headers = http.headers.into_iter().map(|(k, v)| (k.to_ascii_lowercase(), v)).collect();
    Ok(RequestHead { method, path, query: http.query.trim_start_matches('?').to_string(), headers })
}

/// How a call that ended with `code` is recorded.
pub fn status_of(code: Code) -> ExecutionStatus {
    match code {
        Code::Ok => ExecutionStatus::Succeeded,
        Code::DeadlineExceeded => ExecutionStatus::Timeout,
        Code::Cancelled => ExecutionStatus::Cancelled,
        _ => ExecutionStatus::Failed,
    }
}

/// What the engine runs of an app configured as `config`.
pub fn run_settings(config: &AppConfig) -> RunSettings {
    let limits = config.applied_limits();
    let scaling = config.scaling.unwrap_or_default();
    let pool = PoolConfig {
        max_concurrency: if config.max_concurrency == 0 { DEFAULT_MAX_CONCURRENCY } else { config.max_concurrency },
        target_concurrency: scaling.target,
        max_replicas: if scaling.max_replicas == 0 { DEFAULT_MAX_REPLICAS } else { scaling.max_replicas },
        reserved: scaling.reserved.max(scaling.min_replicas),
        idle_timeout: if scaling.idle_timeout_secs == 0 {
            DEFAULT_IDLE_TIMEOUT
        } else {
            Duration::from_secs(u64::from(scaling.idle_timeout_secs))
        },
        queue_limit: 256,
        queue_timeout: limits.timeout(),
    };
    RunSettings {
        log_retention: match config.log_retention_secs {
            0 => crate::obs::telemetry::DEFAULT_RETENTION,
            secs => Duration::from_secs(u64::from(secs)),
        },
        env: config.env.iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
        network: config.network_enabled,
        egress_allow: config.egress_allow.clone(),
        ports: config.ports.iter().map(|p| *p as u16).collect(),
        health_path: config.health_path.clone(),
        limits,
        pool,
    }
}

/// A stats slot as the bucket [start_ms, end_ms) of GetExecutionStats.
pub fn stats_bucket(slot: &Slot, start_ms: i64, end_ms: i64) -> v1::ExecutionStatsBucket {
    v1::ExecutionStatsBucket {
        start_ms,
        end_ms,
        success_count: slot.success,
        error_count: slot.error,
        timeout_count: slot.timeout,
        cold_starts: slot.cold_starts,
        p50_ms: slot.percentile_ms(0.50),
        p95_ms: slot.percentile_ms(0.95),
        p99_ms: slot.percentile_ms(0.99),
    }
}

pub fn log_line(r: &LogRecord) -> v1::LogLine {
    v1::LogLine {
        timestamp_ms: r.timestamp_ms,
        replica_id: r.replica_id.clone(),
        stream: v1::LogStream::from(r.stream) as i32,
        line: r.line.clone(),
        execution_id: r.execution_id.clone().unwrap_or_default(),
    }
}

pub fn app_event(e: &AppEvent) -> v1::AppEvent {
    v1::AppEvent {
        timestamp_ms: e.event.timestamp_ms,
        kind: v1::AppEventKind::from(e.event.kind) as i32,
        reason: e.event.reason.clone(),
        message: e.event.message.clone(),
        replica_id: e.event.replica_id.clone().unwrap_or_default(),
        count: e.count,
        severity: e.event.severity.as_str().to_string(),
        first_timestamp_ms: e.first_timestamp_ms,
        version: e.version,
    }
}
