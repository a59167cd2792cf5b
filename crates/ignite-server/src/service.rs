//! The RPC logic, once for both transports: each method takes the authenticated
//! [`Caller`] and the request message and returns the response message or an
//! [`Error`]. `grpc.rs` adapts it to tonic; the HTTP gateway calls the tonic services.

use std::collections::{BTreeMap, HashSet};
use std::sync::Arc;
use std::time::Instant;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use ignite_core::function_id::FunctionId;
use ignite_core::lifecycle::{Action, DraftState, DraftStatus, Effect, VersionStatus};
use ignite_core::names::{OrgName, SecretName};
use ignite_core::resources::{ResourceLimits, ResourceTier};
use ignite_core::runtime::{EventKind, RuntimeEvent, RuntimeKind, now_ms};
use ignite_core::{Code, Error};
use ignite_proto::convert::{code_kind, runtime_kind, tier_from_proto, tier_to_proto};
use ignite_proto::v1;
use prost::Message;

use crate::auth::Caller;
use crate::secrets::SecretKey;
use crate::store::blobs::{BlobLease, BlobStore};
use crate::store::{AppFilter, AppRow, DraftRow, SecretRow, Store, VersionRow};

pub const DEFAULT_PAGE: u32 = 50;
pub const MAX_PAGE: u32 = 500;
pub const SECRET_KIND_GIT: &str = "git_secret";
pub const SECRET_KIND_REGISTRY: &str = "registry_secret";

/// Shared server state.
pub struct Ignite {
    pub store: Arc<dyn Store>,
    pub blobs: BlobStore,
    pub secret_key: SecretKey,
    pub started: Instant,
    /// Largest accepted upload (code, archives), in bytes.
    pub max_upload_bytes: usize,
    /// Largest output a durable execution keeps (larger fails RESOURCE_EXHAUSTED).
    pub max_output_bytes: usize,
    pub engine: Arc<crate::engine::Engine>,
    pub hub: crate::executions::ExecutionHub,
    pub cache: crate::cache::RouteCache,
    /// Names this server's cluster in replica listings.
    pub cluster_id: String,
    /// FunctionId hosts are `<app>-<org>[-<port>].<base_domain>`.
    pub base_domain: String,
    pub builds: crate::builds::Builds,
    pub mcp: Arc<crate::mcp::McpPeers>,
    /// The bearer token `/metrics` requires (the operator's).
    pub metrics_token: String,
    pub quotas: crate::quotas::Quotas,
    pub retention: crate::retention::RetentionSettings,
}

impl Ignite {
    /// The caller a request's `Authorization` header names (a cached token lookup).
    /// Every authenticated request passes here first (gateway, gRPC, app hosts), so
    /// this is where a token's request rate is counted.
    pub async fn caller_of(&self, headers: &http::HeaderMap) -> Result<Caller, Error> {
        let header = headers.get(http::header::AUTHORIZATION).and_then(|v| v.to_str().ok());
        let caller = self.cache.caller(self.store.as_ref(), header).await?;
        self.quotas.admit_request(&caller.org, &caller.token_id).await?;
        Ok(caller)
    }
}

fn invalid(field: &str, message: impl std::fmt::Display) -> Error {
    Error::invalid_argument(field, message)
}

fn enum_value<E: TryFrom<i32>>(value: i32, field: &str) -> Result<E, Error> {
    E::try_from(value).map_err(|_| invalid(field, format!("unknown enum value {value}")))
}

/// Validates `org` and checks the caller may act in it.
fn org_of(caller: &Caller, org: &str) -> Result<OrgName, Error> {
    let org = OrgName::new(org).map_err(|e| e.into_error("organization_name"))?;
    caller.authorize(org.as_str())?;
    Ok(org)
}

/// Validates the (org, app) pair of a request and checks the caller may act in it.
pub(crate) fn function_of(caller: &Caller, org: &str, app: &str, app_field: &str) -> Result<FunctionId, Error> {
    let org = org_of(caller, org)?;
    let app = ignite_core::names::AppName::new(app).map_err(|e| e.into_error(app_field))?;
    FunctionId::new(org, app).map_err(|e| e.into_error(app_field))
}

fn validate_schema(field: &str, text: &str) -> Result<(), Error> {
    if text.is_empty() {
        return Ok(());
    }
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| invalid(field, format!("not a JSON document: {e}")))?;
    jsonschema::validator_for(&value).map_err(|e| invalid(field, format!("not a valid JSON Schema: {e}")))?;
    Ok(())
}

fn validate_env(field: &str, env: &std::collections::HashMap<String, String>) -> Result<(), Error> {
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

fn validate_ports(field: &str, ports: &[u32]) -> Result<(), Error> {
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

fn validate_limits(field: &str, l: &v1::ResourceLimits) -> Result<(), Error> {
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

fn validate_scaling(field: &str, s: &v1::ScalingConfig) -> Result<(), Error> {
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
fn validate_config(c: &v1::AppMeta) -> Result<(), Error> {
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
    Ok(())
}

fn validate_egress_allow(field: &str, entries: &[String]) -> Result<(), Error> {
    if entries.len() > 256 {
        return Err(invalid(field, "at most 256 entries"));
    }
    for entry in entries {
        entry.parse::<ignite_runtime::egress::Destination>().map_err(|e| invalid(field, e))?;
    }
    Ok(())
}

fn tier_of(config: &v1::AppMeta) -> ResourceTier {
    tier_from_proto(config.resource_tier()).unwrap_or_default()
}

fn applied_limits(config: &v1::AppMeta) -> ResourceLimits {
    ResourceLimits::applied(tier_of(config), config.limits.unwrap_or_default().into())
}

fn runtime_of(code: &v1::CodeSource) -> Option<v1::Runtime> {
    match &code.source {
        Some(v1::code_source::Source::Compile(c)) => c.runtime.clone(),
        _ => None,
    }
}

fn image_ref_of(code: &v1::CodeSource) -> String {
    match &code.source {
        Some(v1::code_source::Source::Image(v1::ImageSource { kind: Some(v1::image_source::Kind::Prebuilt(p)) })) => {
            p.image_ref.clone()
        }
        _ => String::new(),
    }
}

fn deployment_mode(kind: RuntimeKind) -> v1::DeploymentMode {
    if kind == RuntimeKind::Image { v1::DeploymentMode::Image } else { v1::DeploymentMode::Sdk }
}

fn version_status(s: VersionStatus) -> i32 {
    v1::VersionStatus::from(s) as i32
}

pub(crate) fn draft_info(d: &DraftRow) -> v1::DraftInfo {
    v1::DraftInfo {
        status: version_status(d.state.status.into()),
        code_hash: d.code_hash.clone(),
        created_at_ms: d.created_at_ms,
        last_deployment_at_ms: d.last_deployment_at_ms,
        runtime: runtime_of(&d.code),
        code_kind: code_kind(&d.code) as i32,
        deploy_id: d.deploy_id.clone().unwrap_or_default(),
        error: d.error.clone(),
        image_ref: image_ref_of(&d.code),
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
fn take_code_bytes(code: &mut v1::CodeSource) -> Result<Vec<u8>, Error> {
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

/// Puts the stored bytes back where `take_code_bytes` took them from.
fn restore_code_bytes(code: &v1::CodeSource, bytes: Vec<u8>) -> Vec<u8> {
    use v1::code_source::Source;
    use v1::image_source::Kind;
    match &code.source {
        Some(Source::Image(v1::ImageSource { kind: Some(Kind::Prebuilt(p)) })) if !p.image_ref.is_empty() => Vec::new(),
        Some(Source::Image(v1::ImageSource { kind: Some(Kind::FromGit(_)) })) => Vec::new(),
        _ => bytes,
    }
}

fn decode_cursor(cursor: &str) -> Result<Option<(String, String)>, Error> {
    if cursor.is_empty() {
        return Ok(None);
    }
    let bytes = URL_SAFE_NO_PAD.decode(cursor).map_err(|_| invalid("cursor", "not a cursor from this server"))?;
    let text = String::from_utf8(bytes).map_err(|_| invalid("cursor", "not a cursor from this server"))?;
    let (org, name) = text.split_once('/').ok_or_else(|| invalid("cursor", "not a cursor from this server"))?;
    Ok(Some((org.to_string(), name.to_string())))
}

fn encode_cursor(last: &AppRow) -> String {
    URL_SAFE_NO_PAD.encode(format!("{}/{}", last.org, last.name))
}

fn page_limit(limit: u32) -> Result<u32, Error> {
    match limit {
        0 => Ok(DEFAULT_PAGE),
        l if l > MAX_PAGE => Err(invalid("limit", format!("at most {MAX_PAGE}"))),
        l => Ok(l),
    }
}

impl Ignite {
    /// The app, or NOT_FOUND.
    pub async fn app(&self, id: &FunctionId) -> Result<AppRow, Error> {
        self.store.get_app(id.org().as_str(), id.app().as_str()).await?.ok_or_else(|| Error::not_found("app", id))
    }

    /// The deployment state with the live replicas: READY while a replica of the active
    /// version is ready, FAILED while it cannot start one (with why); and how many are ready.
    async fn live_state(&self, app: &AppRow, draft: Option<&DraftRow>) -> (v1::DeploymentState, u32, Option<String>) {
        let state = deployment_state(app, draft);
        if state != v1::DeploymentState::ScaledToZero {
            return (state, 0, None);
        }
        let app_id = format!("{}/{}", app.org, app.name);
        let ready = self
            .engine
            .replicas(&app_id)
            .await
            .iter()
            .filter(|(version, r)| *version == app.active_version && r.ready)
            .count() as u32;
        if ready > 0 {
            return (v1::DeploymentState::Ready, ready, None);
        }
        match self.engine.start_failure(&app_id, app.active_version).await {
            Some(reason) => (v1::DeploymentState::Failed, 0, Some(reason)),
            None => (state, 0, None),
        }
    }

    /// An event of the app itself (not of a replica), e.g. a publish.
    fn app_event(&self, id: &FunctionId, version: u32, kind: EventKind, message: String) {
        self.engine.telemetry.observer(&id.to_string(), version).event(RuntimeEvent::now(kind, None, message));
    }

    /// Stores `bytes`; the lease keeps the collector away until the caller has
    /// committed the row that references the blob.
    pub(crate) async fn put_blob(
        &self,
        bytes: impl AsRef<[u8]> + Send + 'static,
    ) -> Result<(String, BlobLease), Error> {
        let lease = self.blobs.lease().await;
        let blobs = self.blobs.clone();
        let hash = tokio::task::spawn_blocking(move || blobs.put(bytes.as_ref()))
            .await
            .map_err(|e| Error::internal(format!("blob write: {e}")))?
            .map_err(|e| Error::internal(format!("blob write: {e}")))?;
        Ok((hash, lease))
    }

    pub(crate) async fn get_blob(&self, hash: &str) -> Result<Vec<u8>, Error> {
        let blobs = self.blobs.clone();
        let hash = hash.to_string();
        tokio::task::spawn_blocking(move || blobs.get(&hash))
            .await
            .map_err(|e| Error::internal(format!("blob read: {e}")))?
            .map_err(|e| Error::internal(format!("blob read: {e}")))
    }

    /// The full AppMeta of an app (code fields from the active version).
    async fn app_meta(&self, app: &AppRow) -> Result<v1::AppMeta, Error> {
        let mut meta = app.config.clone();
        meta.id = format!("{}/{}", app.org, app.name);
        meta.name = app.name.clone();
        meta.organization_name = app.org.clone();
        meta.created_at_ms = app.created_at_ms;
        meta.updated_at_ms = app.updated_at_ms;
        meta.active_version = app.active_version;
        meta.version = app.active_version;
        meta.applied_limits = Some(applied_limits(&app.config).into());
        if app.active_version > 0
            && let Some(v) = self.store.get_version(&app.org, &app.name, app.active_version).await?
        {
            meta.runtime = runtime_of(&v.code).or(meta.runtime);
            meta.code_kind = code_kind(&v.code) as i32;
            meta.code_hash = v.code_hash.clone();
            meta.deployment_mode = deployment_mode(v.runtime_kind) as i32;
        }
        let draft = self.store.get_draft(&app.org, &app.name).await?;
        meta.deployment_state = self.live_state(app, draft.as_ref()).await.0 as i32;
        Ok(meta)
    }

    /// Whether the replicas and memory `config` asks for fit the organization's quota.
    async fn check_scale(&self, org: &str, config: &v1::AppMeta) -> Result<(), Error> {
        let scaling = config.scaling.unwrap_or_default();
        let replicas = scaling.max_replicas.max(scaling.reserved).max(scaling.min_replicas);
        self.quotas.check_scale(org, replicas, applied_limits(config).memory_mb).await
    }

    async fn new_draft(
        &self,
        org: &str,
        mut code: v1::CodeSource,
        input_schema: Option<String>,
        output_schema: Option<String>,
    ) -> Result<(DraftRow, BlobLease), Error> {
        let kind = runtime_kind(&code, "code")?;
        self.check_secret_refs(org, &code).await?;
        let bytes = take_code_bytes(&mut code)?;
        if bytes.len() > self.max_upload_bytes {
            return Err(invalid(
                "code",
                format!("{} bytes; the limit is {} bytes", bytes.len(), self.max_upload_bytes),
            ));
        }
        self.quotas.check_stored(org, self.store.stored_bytes(org).await?, bytes.len() as u64).await?;
        let input_schema = input_schema.unwrap_or_default();
        let output_schema = output_schema.unwrap_or_default();
        validate_schema("input_schema", &input_schema)?;
        validate_schema("output_schema", &output_schema)?;
        let size_bytes = bytes.len() as u64;
        let (code_hash, lease) = self.put_blob(bytes).await?;
        let draft = DraftRow {
            code,
            code_hash,
            size_bytes,
            runtime_kind: kind,
            state: DraftState { status: DraftStatus::Draft, compile: kind.compile_requirement(), compiled: false },
            artifact_hash: None,
            deploy_id: None,
            build_id: None,
            error: String::new(),
            input_schema,
            output_schema,
            created_at_ms: now_ms(),
            last_deployment_at_ms: 0,
        };
        Ok((draft, lease))
    }

    /// `registry_secret_ref` / git `secret_ref` must name a secret of the right type.
    async fn check_secret_refs(&self, org: &str, code: &v1::CodeSource) -> Result<(), Error> {
        use v1::code_source::Source;
        use v1::image_source::Kind;
        let (field, name, kind) = match &code.source {
            Some(Source::Image(v1::ImageSource { kind: Some(Kind::Prebuilt(p)) }))
                if !p.registry_secret_ref.is_empty() =>
            {
                ("code.image.prebuilt.registry_secret_ref", p.registry_secret_ref.as_str(), SECRET_KIND_REGISTRY)
            }
            Some(Source::Image(v1::ImageSource { kind: Some(Kind::FromGit(g)) })) if !g.secret_ref.is_empty() => {
                ("code.image.from_git.secret_ref", g.secret_ref.as_str(), SECRET_KIND_GIT)
            }
            _ => return Ok(()),
        };
        match self.store.get_secret(org, name).await? {
            None => Err(invalid(field, format!("no secret named {name:?} in organization {org:?}"))),
            Some(s) if s.kind != kind => {
                Err(invalid(field, format!("secret {name:?} is a {}, but a {kind} is required", s.kind)))
            }
            Some(_) => Ok(()),
        }
    }

    // ------------------------------------------------------------------ apps

    pub async fn create_app(&self, caller: &Caller, req: v1::CreateAppRequest) -> Result<v1::CreateAppResponse, Error> {
        let id = function_of(caller, &req.organization_name, &req.name, "name")?;
        let config = v1::AppMeta {
            runtime: req.runtime,
            limits: req.limits,
            env: req.env,
            resource_tier: req.resource_tier,
            scaling: req.scaling,
            storage_mode: req.storage_mode,
            ttl_secs: req.ttl_secs,
            description: req.description,
            input_schema: req.input_schema,
            output_schema: req.output_schema,
            mcp_enabled: req.mcp_enabled,
            max_concurrency: req.max_concurrency,
            ports: req.ports,
            health_path: req.health_path,
            public: req.public,
            jobs_enabled: req.jobs_enabled,
            network_enabled: req.network_enabled,
            egress_allow: req.egress_allow,
            tags: req.tags,
            category: req.category,
            ..Default::default()
        };
        validate_config(&config)?;
        let org = id.org().as_str();
        self.quotas.check_apps(org, self.store.count_apps(org).await?).await?;
        self.check_scale(org, &config).await?;
        let (draft, _lease) = match req.code {
            Some(code) => {
                let (draft, lease) = self.new_draft(id.org().as_str(), code, None, None).await?;
                (Some(draft), Some(lease))
            }
            None => (None, None),
        };
        let now = now_ms();
        let row = AppRow {
            org: id.org().to_string(),
            name: id.app().to_string(),
            config,
            latest_version: 0,
            active_version: 0,
            created_at_ms: now,
            updated_at_ms: now,
        };
        self.store.create_app(&row, draft.as_ref()).await?;
        let app = self.app_meta(&row).await?;
        Ok(v1::CreateAppResponse {
            app_id: id.to_string(),
            deployment_state: app.deployment_state,
            applied_tier: tier_to_proto(tier_of(&row.config)) as i32,
            applied_limits: app.applied_limits,
            draft: draft.as_ref().map(draft_info),
            app: Some(app),
        })
    }

    pub async fn get_app(&self, caller: &Caller, req: v1::GetAppRequest) -> Result<v1::GetAppResponse, Error> {
        let id = function_of(caller, &req.organization_name, &req.app_name, "app_name")?;
        let app = self.app(&id).await?;
        Ok(v1::GetAppResponse { app: Some(self.app_meta(&app).await?) })
    }

    pub async fn list_apps(&self, caller: &Caller, req: v1::ListAppsRequest) -> Result<v1::ListAppsResponse, Error> {
        let org = org_of(caller, &req.organization_name)?;
        let limit = page_limit(req.limit)?;
        let after = decode_cursor(&req.cursor)?;
        let rows = self
            .store
            .list_apps(
                Some(org.as_str()),
                AppFilter::default(),
                after.as_ref().map(|(o, n)| (o.as_str(), n.as_str())),
                limit + 1,
            )
            .await?;
        let (rows, next_cursor) = paginate(rows, limit);
        let mut apps = Vec::with_capacity(rows.len());
        for row in &rows {
            let meta = self.app_meta(row).await?;
            apps.push(v1::AppSummary {
                id: meta.id,
                name: meta.name,
                organization_name: meta.organization_name,
                description: meta.description,
                runtime: meta.runtime,
                deployment_state: meta.deployment_state,
                active_version: meta.active_version,
                resource_tier: tier_to_proto(tier_of(&row.config)) as i32,
                mcp_enabled: meta.mcp_enabled,
                created_at_ms: meta.created_at_ms,
                updated_at_ms: meta.updated_at_ms,
            });
        }
        Ok(v1::ListAppsResponse { apps, next_cursor })
    }

    pub async fn update_app_config(
        &self,
        caller: &Caller,
        req: v1::UpdateAppConfigRequest,
    ) -> Result<v1::UpdateAppConfigResponse, Error> {
        let id = function_of(caller, &req.organization_name, &req.app_name, "app_name")?;
        let app = self.app(&id).await?;
        let config = apply_update(app.config.clone(), req)?;
        validate_config(&config)?;
        self.check_scale(id.org().as_str(), &config).await?;
        self.store.update_app_config(id.org().as_str(), id.app().as_str(), &config, now_ms()).await?;
        self.engine.reconfigure(&id.to_string(), &config).await;
        self.cache.config_changed();
        self.mcp.tools_changed(id.org().as_str());
        let app = self.app(&id).await?;
        Ok(v1::UpdateAppConfigResponse { app: Some(self.app_meta(&app).await?) })
    }

    /// Deleting a missing app is NOT_FOUND (as GetApp), so a retried delete says so.
    pub async fn delete_app(
        self: &Arc<Self>,
        caller: &Caller,
        req: v1::DeleteAppRequest,
    ) -> Result<v1::DeleteAppResponse, Error> {
        let id = function_of(caller, &req.organization_name, &req.app_name, "app_name")?;
        let (org, name) = (id.org().as_str(), id.app().as_str());
        let mut hashes: HashSet<String> = HashSet::new();
        let mut deleted_image = false;
        for v in self.store.list_versions(org, name).await? {
            deleted_image |= v.runtime_kind == RuntimeKind::Image;
            hashes.insert(v.code_hash);
            hashes.extend(v.artifact_hash);
        }
        if let Some(d) = self.store.get_draft(org, name).await? {
            deleted_image |= d.runtime_kind == RuntimeKind::Image;
            hashes.insert(d.code_hash);
            hashes.extend(d.artifact_hash);
        }
        let deleted = self.store.delete_app(org, name).await?.ok_or_else(|| Error::not_found("app", &id))?;
        if deleted.cancelled_compile {
            self.builds.cancel(&id);
        }
        self.engine.retire(&id.to_string(), None).await;
        self.cache.app_deleted(&id);
        self.mcp.tools_changed(id.org().as_str());
        self.collect_blobs(hashes).await?;
        if deleted_image {
            self.collect_image_garbage();
        }
        Ok(v1::DeleteAppResponse { app_id: id.to_string(), versions_deleted: deleted.versions })
    }

    pub async fn get_app_state(
        &self,
        caller: &Caller,
        req: v1::GetAppStateRequest,
    ) -> Result<v1::GetAppStateResponse, Error> {
        let id = function_of(caller, &req.organization_name, &req.app_name, "app_name")?;
        let app = self.app(&id).await?;
        let draft = self.store.get_draft(id.org().as_str(), id.app().as_str()).await?;
        let (state, ready_replicas, failure) = self.live_state(&app, draft.as_ref()).await;
        let reason = match (&draft, state) {
            (_, v1::DeploymentState::Failed) => {
                format!("version {} cannot start: {}", app.active_version, failure.unwrap_or_default())
            }
            (Some(d), _) if d.state.status == DraftStatus::Failed => format!("the draft's build failed: {}", d.error),
            (_, v1::DeploymentState::Created) => "no version published yet".to_string(),
            (_, v1::DeploymentState::Building) => "the draft is being built".to_string(),
            (_, v1::DeploymentState::ScaledToZero) => "no replica running; the next call starts one".to_string(),
            _ => String::new(),
        };
        Ok(v1::GetAppStateResponse {
            deployment_state: state as i32,
            active_version: app.active_version,
            draft_status: draft.as_ref().map(|d| version_status(d.state.status.into())).unwrap_or_default(),
            ready_replicas,
            desired_replicas: app.config.scaling.map(|s| s.min_replicas.max(s.reserved)).unwrap_or(0),
            reason,
            updated_at_ms: app.updated_at_ms,
        })
    }

    // ------------------------------------------------------------------ drafts and versions

    pub async fn save_draft(&self, caller: &Caller, req: v1::SaveDraftRequest) -> Result<v1::SaveDraftResponse, Error> {
        let id = function_of(caller, &req.organization_name, &req.app_name, "app_name")?;
        self.app(&id).await?;
        let code = req.code.ok_or_else(|| invalid("code", "is required"))?;
        let (draft, lease) = self.new_draft(id.org().as_str(), code, req.input_schema, req.output_schema).await?;
        let effect = self.store.save_draft(id.org().as_str(), id.app().as_str(), &draft).await?;
        drop(lease);
        if let Effect::DraftSaved { cancelled_compile: true } = effect {
            self.builds.cancel(&id);
        }
        // The replicas of the draft this one replaces serve nothing any more.
        self.engine.retire_drafts(&id.to_string(), &draft.code_hash).await;
        Ok(v1::SaveDraftResponse { draft: Some(draft_info(&draft)) })
    }

    async fn draft(&self, id: &FunctionId) -> Result<DraftRow, Error> {
        self.app(id).await?;
        self.store
            .get_draft(id.org().as_str(), id.app().as_str())
            .await?
            .ok_or_else(|| Error::new(Code::NotFound, format!("app \"{id}\" has no draft: save one with SaveDraft")))
    }

    pub async fn get_draft_info(
        &self,
        caller: &Caller,
        req: v1::GetDraftInfoRequest,
    ) -> Result<v1::GetDraftInfoResponse, Error> {
        let id = function_of(caller, &req.organization_name, &req.app_name, "app_name")?;
        let draft = self.draft(&id).await?;
        Ok(v1::GetDraftInfoResponse { draft: Some(draft_info(&draft)) })
    }

    /// Checks a lifecycle action against the stored state without changing it.
    pub async fn check_action(&self, id: &FunctionId, action: Action) -> Result<(), Error> {
        let lifecycle = self.store.lifecycle(id.org().as_str(), id.app().as_str()).await?;
        lifecycle.check(action)?;
        Ok(())
    }

    pub async fn publish_draft(
        self: &Arc<Self>,
        caller: &Caller,
        req: v1::PublishDraftRequest,
    ) -> Result<v1::PublishDraftResponse, Error> {
        let id = function_of(caller, &req.organization_name, &req.app_name, "app_name")?;
        self.compile_if_needed(&id, Action::Publish).await?;
        let published = self.store.publish(id.org().as_str(), id.app().as_str(), now_ms()).await?;
        self.cache.active_changed(&id);
        self.mcp.tools_changed(id.org().as_str());
        self.app_event(
            &id,
            published.version,
            EventKind::Published,
            format!("version {} published", published.version),
        );
        Ok(v1::PublishDraftResponse {
            app: Some(self.app_meta(&published.app).await?),
            published_version: published.version,
        })
    }

    fn version_info(app: &AppRow, v: &VersionRow) -> v1::AppVersionInfo {
        let status = if v.version == app.active_version { VersionStatus::Active } else { VersionStatus::Superseded };
        v1::AppVersionInfo {
            version: v.version,
            code_hash: v.code_hash.clone(),
            created_at_ms: v.created_at_ms,
            status: version_status(status),
            resource_tier: tier_to_proto(tier_of(&v.config)) as i32,
            runtime: runtime_of(&v.code),
            scaling: v.config.scaling,
            limits: Some(applied_limits(&v.config).into()),
            code_kind: code_kind(&v.code) as i32,
            size_bytes: v.size_bytes,
        }
    }

    pub async fn list_app_versions(
        &self,
        caller: &Caller,
        req: v1::ListAppVersionsRequest,
    ) -> Result<v1::ListAppVersionsResponse, Error> {
        let id = function_of(caller, &req.organization_name, &req.app_name, "app_name")?;
        let app = self.app(&id).await?;
        let versions = self.store.list_versions(id.org().as_str(), id.app().as_str()).await?;
        Ok(v1::ListAppVersionsResponse { versions: versions.iter().map(|v| Self::version_info(&app, v)).collect() })
    }

    async fn version(&self, id: &FunctionId, version: u32) -> Result<VersionRow, Error> {
        if version == 0 {
            return Err(invalid("version", "must be 1 or more (0 is the draft)"));
        }
        self.store
            .get_version(id.org().as_str(), id.app().as_str(), version)
            .await?
            .ok_or_else(|| Error::not_found("version", format!("{id}@{version}")).with_field("version"))
    }

    pub async fn get_app_version(
        &self,
        caller: &Caller,
        req: v1::GetAppVersionRequest,
    ) -> Result<v1::GetAppVersionResponse, Error> {
        let id = function_of(caller, &req.organization_name, &req.app_name, "app_name")?;
        let app = self.app(&id).await?;
        let v = self.version(&id, req.version).await?;
        let mut snapshot = self.app_meta(&AppRow { config: v.config.clone(), ..app.clone() }).await?;
        snapshot.version = v.version;
        snapshot.runtime = runtime_of(&v.code).or(snapshot.runtime);
        snapshot.code_kind = code_kind(&v.code) as i32;
        snapshot.code_hash = v.code_hash.clone();
        snapshot.deployment_mode = deployment_mode(v.runtime_kind) as i32;
        Ok(v1::GetAppVersionResponse { version: Some(Self::version_info(&app, &v)), app: Some(snapshot) })
    }

    pub async fn rollback_app(
        &self,
        caller: &Caller,
        req: v1::RollbackAppRequest,
    ) -> Result<v1::RollbackAppResponse, Error> {
        let id = function_of(caller, &req.organization_name, &req.app_name, "app_name")?;
        if req.version == 0 {
            return Err(invalid("version", "is required (the version to make active)"));
        }
        let (app, previous) = self.store.rollback(id.org().as_str(), id.app().as_str(), req.version, now_ms()).await?;
        self.cache.active_changed(&id);
        self.mcp.tools_changed(id.org().as_str());
        self.app_event(
            &id,
            app.active_version,
            EventKind::RolledBack,
            format!("rolled back from version {previous} to {}", app.active_version),
        );
        Ok(v1::RollbackAppResponse {
            active_version: app.active_version,
            previous_version: previous,
            app: Some(self.app_meta(&app).await?),
        })
    }

    pub async fn get_app_code(
        &self,
        caller: &Caller,
        req: v1::GetAppCodeRequest,
    ) -> Result<v1::GetAppCodeResponse, Error> {
        let id = function_of(caller, &req.organization_name, &req.app_name, "app_name")?;
        let app = self.app(&id).await?;
        let version = match req.version {
            0 if app.active_version == 0 => {
                return Err(Error::failed_precondition(format!("app \"{id}\" has no published version")));
            }
            0 => app.active_version,
            v => v,
        };
        let v = self.version(&id, version).await?;
        let bytes = self.get_blob(&v.code_hash).await?;
        Ok(v1::GetAppCodeResponse {
            source_code: restore_code_bytes(&v.code, bytes),
            code_hash: v.code_hash.clone(),
            version,
            code_kind: code_kind(&v.code) as i32,
            runtime: runtime_of(&v.code),
            image_ref: image_ref_of(&v.code),
        })
    }

    // ------------------------------------------------------------------ catalog and MCP

    fn catalog_item(meta: &v1::AppMeta, runtime: &str) -> v1::CatalogItem {
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

    async fn runtime_label(&self, app: &AppRow) -> Result<String, Error> {
        if app.active_version == 0 {
            return Ok(String::new());
        }
        Ok(self
            .store
            .get_version(&app.org, &app.name, app.active_version)
            .await?
            .map(|v| v.runtime_kind.label().to_string())
            .unwrap_or_default())
    }

    async fn catalog_page(
        &self,
        org: Option<&str>,
        public_only: bool,
        limit: u32,
        cursor: &str,
    ) -> Result<(Vec<v1::CatalogItem>, String), Error> {
        let limit = page_limit(limit)?;
        let after = decode_cursor(cursor)?;
        let filter = AppFilter { public_only, published_only: true, mcp_only: false };
        let rows =
            self.store.list_apps(org, filter, after.as_ref().map(|(o, n)| (o.as_str(), n.as_str())), limit + 1).await?;
        let (rows, next) = paginate(rows, limit);
        let mut items = Vec::with_capacity(rows.len());
        for row in &rows {
            let meta = self.app_meta(row).await?;
            items.push(Self::catalog_item(&meta, &self.runtime_label(row).await?));
        }
        Ok((items, next))
    }

    pub async fn list_catalog(
        &self,
        caller: &Caller,
        req: v1::ListCatalogRequest,
    ) -> Result<v1::ListCatalogResponse, Error> {
        let org = org_of(caller, &req.organization_name)?;
        let (items, next_cursor) = self.catalog_page(Some(org.as_str()), false, req.limit, &req.cursor).await?;
        Ok(v1::ListCatalogResponse { items, next_cursor })
    }

    /// Unauthenticated: apps with `public` set and a published version.
    pub async fn list_public_catalog(
        &self,
        req: v1::ListPublicCatalogRequest,
    ) -> Result<v1::ListPublicCatalogResponse, Error> {
        let (items, next_cursor) = self.catalog_page(None, true, req.limit, &req.cursor).await?;
        Ok(v1::ListPublicCatalogResponse { items, next_cursor })
    }

    pub async fn get_public_catalog_detail(
        &self,
        req: v1::GetPublicCatalogDetailRequest,
    ) -> Result<v1::GetPublicCatalogDetailResponse, Error> {
        let id = FunctionId::parse(&req.name).map_err(|e| e.into_error("name"))?;
        let not_found = || Error::not_found("public catalog item", &id);
        let app = self.store.get_app(id.org().as_str(), id.app().as_str()).await?.ok_or_else(not_found)?;
        if !app.config.public || app.active_version == 0 {
            return Err(not_found());
        }
        let meta = self.app_meta(&app).await?;
        Ok(v1::GetPublicCatalogDetailResponse {
            item: Some(Self::catalog_item(&meta, &self.runtime_label(&app).await?)),
        })
    }

    async fn mcp_tool(&self, app: &AppRow) -> Result<v1::McpToolDefinition, Error> {
        let id = FunctionId::from_parts(&app.org, &app.name).map_err(|e| Error::internal(e.to_string()))?;
        Ok(v1::McpToolDefinition {
            name: id.mcp_tool_name(),
            description: app.config.description.clone(),
            input_schema: app.config.input_schema.clone(),
            output_schema: app.config.output_schema.clone(),
            app_id: id.to_string(),
            version: app.active_version,
            runtime: self.runtime_label(app).await?,
        })
    }

    pub async fn get_mcp_tool_definition(
        &self,
        caller: &Caller,
        req: v1::GetMcpToolDefinitionRequest,
    ) -> Result<v1::GetMcpToolDefinitionResponse, Error> {
        let id = function_of(caller, &req.organization_name, &req.app_name, "app_name")?;
        let app = self.app(&id).await?;
        if !app.config.mcp_enabled {
            return Err(Error::failed_precondition(format!(
                "app \"{id}\" is not exported as an MCP tool: set mcp_enabled with UpdateAppConfig"
            )));
        }
        if app.active_version == 0 {
            return Err(Error::failed_precondition(format!("app \"{id}\" is exported once a version is published")));
        }
        Ok(v1::GetMcpToolDefinitionResponse { tool: Some(self.mcp_tool(&app).await?) })
    }

    pub async fn list_mcp_tools(
        &self,
        caller: &Caller,
        req: v1::ListMcpToolsRequest,
    ) -> Result<v1::ListMcpToolsResponse, Error> {
        let org = org_of(caller, &req.organization_name)?;
        let filter = AppFilter { mcp_only: true, published_only: true, public_only: false };
        let mut tools = Vec::new();
        let mut after: Option<(String, String)> = None;
        loop {
            let rows = self
                .store
                .list_apps(Some(org.as_str()), filter, after.as_ref().map(|(o, n)| (o.as_str(), n.as_str())), MAX_PAGE)
                .await?;
            for row in &rows {
                tools.push(self.mcp_tool(row).await?);
            }
            match rows.last() {
                Some(last) if rows.len() == MAX_PAGE as usize => after = Some((last.org.clone(), last.name.clone())),
                _ => break,
            }
        }
        Ok(v1::ListMcpToolsResponse { tools })
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

    // ------------------------------------------------------------------ secrets

    fn secret_metadata(row: &SecretRow) -> v1::SecretMetadata {
        v1::SecretMetadata {
            name: row.name.clone(),
            r#type: row.kind.clone(),
            created_at_ms: row.created_at_ms,
            updated_at_ms: row.updated_at_ms,
        }
    }

    pub async fn create_secret(
        &self,
        caller: &Caller,
        req: v1::CreateSecretRequest,
    ) -> Result<v1::CreateSecretResponse, Error> {
        let name = SecretName::new(&req.name).map_err(|e| e.into_error("name"))?;
        let value = req.value.ok_or_else(|| invalid("value", "is required"))?;
        let kind = match &value.kind {
            None => return Err(invalid("value", "one of `gitSecret` or `registrySecret` is required")),
            Some(v1::secret_value::Kind::GitSecret(g)) => {
                if g.token.is_empty() {
                    return Err(invalid("value.git_secret.token", "is required"));
                }
                SECRET_KIND_GIT
            }
            Some(v1::secret_value::Kind::RegistrySecret(r)) => {
                if r.username.is_empty() || r.password.is_empty() {
                    return Err(invalid("value.registry_secret", "username and password are required"));
                }
                SECRET_KIND_REGISTRY
            }
        };
        let slot = format!("{}/{}", caller.org, name);
        let (nonce, ciphertext) = self.secret_key.seal(&slot, &value.encode_to_vec())?;
        let now = now_ms();
        let row = self
            .store
            .put_secret(&SecretRow {
                org: caller.org.clone(),
                name: name.to_string(),
                kind: kind.to_string(),
                nonce,
                ciphertext,
                created_at_ms: now,
                updated_at_ms: now,
            })
            .await?;
        Ok(v1::CreateSecretResponse { secret: Some(Self::secret_metadata(&row)) })
    }

    pub async fn get_secret(&self, caller: &Caller, req: v1::GetSecretRequest) -> Result<v1::GetSecretResponse, Error> {
        let name = SecretName::new(&req.name).map_err(|e| e.into_error("name"))?;
        let row = self
            .store
            .get_secret(&caller.org, name.as_str())
            .await?
            .ok_or_else(|| Error::not_found("secret", &name))?;
        let plain = self.secret_key.open(&format!("{}/{}", caller.org, name), &row.nonce, &row.ciphertext)?;
        let value = v1::SecretValue::decode(plain.as_slice()).map_err(|e| Error::internal(format!("secret: {e}")))?;
        Ok(v1::GetSecretResponse { secret: Some(Self::secret_metadata(&row)), value: Some(value) })
    }

    /// Puts the credentials of an image draft's `registry_secret_ref` or git `secret_ref`
    /// into its build spec.
    pub(crate) async fn fill_credentials(
        &self,
        org: &str,
        code: &v1::CodeSource,
        spec: &mut ignite_core::runtime::CodeSpec,
    ) -> Result<(), Error> {
        use ignite_core::runtime::{CodeSpec, Credentials};
        use v1::code_source::Source;
        use v1::image_source::Kind;
        let name = match &code.source {
            Some(Source::Image(v1::ImageSource { kind: Some(Kind::Prebuilt(p)) })) => &p.registry_secret_ref,
            Some(Source::Image(v1::ImageSource { kind: Some(Kind::FromGit(g)) })) => &g.secret_ref,
            _ => return Ok(()),
        };
        if name.is_empty() {
            return Ok(());
        }
        let row = self.store.get_secret(org, name).await?.ok_or_else(|| {
            Error::failed_precondition(format!("the secret {name:?} named by the draft no longer exists"))
        })?;
        let plain = self.secret_key.open(&format!("{org}/{name}"), &row.nonce, &row.ciphertext)?;
        let value = v1::SecretValue::decode(plain.as_slice()).map_err(|e| Error::internal(format!("secret: {e}")))?;
        let credentials = match value.kind {
            Some(v1::secret_value::Kind::RegistrySecret(r)) => {
                Credentials { username: r.username, password: r.password, server: r.server_address }
            }
            Some(v1::secret_value::Kind::GitSecret(g)) => {
                Credentials { username: g.username, password: g.token, server: String::new() }
            }
            None => return Err(Error::failed_precondition(format!("the secret {name:?} is empty"))),
        };
        match spec {
            CodeSpec::PrebuiltImage { credentials: slot, .. } | CodeSpec::ImageFromGit { credentials: slot, .. } => {
                *slot = Some(credentials);
            }
            _ => {}
        }
        Ok(())
    }

    pub async fn list_secrets(&self, caller: &Caller) -> Result<v1::ListSecretsResponse, Error> {
        let rows = self.store.list_secrets(&caller.org).await?;
        Ok(v1::ListSecretsResponse { secrets: rows.iter().map(Self::secret_metadata).collect() })
    }

    pub async fn delete_secret(
        &self,
        caller: &Caller,
        req: v1::DeleteSecretRequest,
    ) -> Result<v1::DeleteSecretResponse, Error> {
        let name = SecretName::new(&req.name).map_err(|e| e.into_error("name"))?;
        Ok(v1::DeleteSecretResponse { deleted: self.store.delete_secret(&caller.org, name.as_str()).await? })
    }
}

fn paginate(mut rows: Vec<AppRow>, limit: u32) -> (Vec<AppRow>, String) {
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
fn deployment_state(app: &AppRow, draft: Option<&DraftRow>) -> v1::DeploymentState {
    match draft.map(|d| d.state.status) {
        Some(DraftStatus::Compiling) => v1::DeploymentState::Building,
        _ if app.active_version == 0 => v1::DeploymentState::Created,
        _ => v1::DeploymentState::ScaledToZero,
    }
}

/// Field names accepted in `update_mask`, as proto names.
const UPDATE_FIELDS: &[&str] = &[
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
    "tags",
    "category",
];

fn snake_case(name: &str) -> String {
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
fn apply_update(mut c: v1::AppMeta, req: v1::UpdateAppConfigRequest) -> Result<v1::AppMeta, Error> {
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
    if wants("tags", !req.tags.is_empty()) {
        c.tags = req.tags;
    }
    if wants("category", !req.category.is_empty()) {
        c.category = req.category;
    }
    Ok(c)
}
