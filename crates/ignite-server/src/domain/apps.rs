//! The app lifecycle service: apps, drafts and immutable versions, the catalogs and
//! the MCP tool definitions they export. Every change is one store transaction decided
//! by `AppLifecycle::apply`; after it, the service tells the route cache and the engine
//! (synchronously) and announces the change on the [`EventBus`].

use std::collections::HashSet;
use std::sync::Arc;

use ignite_core::app::{Alias, AppConfig, CanaryBounds};
use ignite_core::function_id::FunctionId;
use ignite_core::lifecycle::{Action, DraftState, DraftStatus, Effect};
use ignite_core::runtime::{EventKind, RuntimeEvent, RuntimeKind, now_ms};
use ignite_core::{Code, Error};
use ignite_proto::convert::{code_kind, code_source, tier_to_proto};
use ignite_proto::v1;

use crate::auth::Caller;
use crate::auth::quotas::Quotas;
use crate::domain::builds::Builds;
use crate::domain::convert::*;
use crate::domain::events::{Change, EventBus};
use crate::domain::records;
use crate::domain::retention::Retention;
use crate::domain::routes::RouteCache;
use crate::domain::secrets::Secrets;
use crate::engine::Engine;
use crate::store::blobs::{BlobLease, BlobStore};
use crate::store::{AppFilter, AppRow, DraftRow, Store, VersionRow};

/// How often canaries are judged.
const CANARY_WATCH_EVERY: std::time::Duration = std::time::Duration::from_secs(1);

pub struct Apps {
    store: Arc<dyn Store>,
    blobs: BlobStore,
    engine: Arc<Engine>,
    quotas: Arc<Quotas>,
    secrets: Arc<Secrets>,
    retention: Arc<Retention>,
    routes: Arc<RouteCache>,
    builds: Arc<Builds>,
    events: EventBus,
    /// Largest accepted upload (code, archives), in bytes.
    max_upload_bytes: usize,
}

impl Apps {
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        store: Arc<dyn Store>,
        blobs: BlobStore,
        engine: Arc<Engine>,
        quotas: Arc<Quotas>,
        secrets: Arc<Secrets>,
        retention: Arc<Retention>,
        routes: Arc<RouteCache>,
        builds: Arc<Builds>,
        events: EventBus,
        max_upload_bytes: usize,
    ) -> Self {
        Apps { store, blobs, engine, quotas, secrets, retention, routes, builds, events, max_upload_bytes }
    }

    /// The app, or NOT_FOUND.
    pub async fn app(&self, id: &FunctionId) -> Result<AppRow, Error> {
        records::app(self.store.as_ref(), id).await
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

    /// The full AppMeta of an app (code fields from the active version).
    async fn app_meta(&self, app: &AppRow) -> Result<v1::AppMeta, Error> {
        let mut meta = v1::AppMeta::from(&app.config);
        meta.id = format!("{}/{}", app.org, app.name);
        meta.name = app.name.clone();
        meta.organization_name = app.org.clone();
        meta.created_at_ms = app.created_at_ms;
        meta.updated_at_ms = app.updated_at_ms;
        meta.active_version = app.active_version;
        meta.version = app.active_version;
        meta.applied_limits = Some(app.config.applied_limits().into());
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
    async fn check_scale(&self, org: &str, config: &AppConfig) -> Result<(), Error> {
        let scaling = config.scaling.unwrap_or_default();
        let replicas = scaling.max_replicas.max(scaling.reserved).max(scaling.min_replicas);
        self.quotas.check_scale(org, replicas, config.applied_limits().memory_mb).await
    }

    async fn new_draft(
        &self,
        org: &str,
        mut code: v1::CodeSource,
        input_schema: Option<String>,
        output_schema: Option<String>,
    ) -> Result<(DraftRow, BlobLease), Error> {
        let stored = code_source(&code, "code")?;
        let kind = stored.kind();
        self.secrets.check_refs(org, &stored).await?;
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
        let (code_hash, lease) = self.blobs.put_leased(bytes).await?;
        let draft = DraftRow {
            code: stored,
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

    // ------------------------------------------------------------------ apps

    pub async fn create_app(&self, caller: &Caller, req: v1::CreateAppRequest) -> Result<v1::CreateAppResponse, Error> {
        let id = function_of(caller, &req.organization_name, &req.name, "name")?;
        let meta = v1::AppMeta {
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
            retry: req.retry,
            schedules: req.schedules,
            log_retention_secs: req.log_retention_secs,
            tags: req.tags,
            category: req.category,
            ..Default::default()
        };
        validate_config(&meta)?;
        let config = AppConfig::from(&meta);
        let org = id.org().as_str();
        self.secrets.check_env(org, &config.env).await?;
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
            applied_tier: tier_to_proto(row.config.tier()) as i32,
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
                resource_tier: tier_to_proto(row.config.tier()) as i32,
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
        let meta = apply_update(v1::AppMeta::from(&app.config), req)?;
        validate_config(&meta)?;
        let config = AppConfig::from(&meta);
        self.secrets.check_env(id.org().as_str(), &config.env).await?;
        self.check_scale(id.org().as_str(), &config).await?;
        self.store.update_app_config(id.org().as_str(), id.app().as_str(), &config, now_ms()).await?;
        self.engine.reconfigure(&id.to_string(), &run_settings(&config).pool).await;
        self.routes.config_changed();
        self.events.publish(&id, Change::Config);
        let app = self.app(&id).await?;
        Ok(v1::UpdateAppConfigResponse { app: Some(self.app_meta(&app).await?) })
    }

    /// Deleting a missing app is NOT_FOUND (as GetApp), so a retried delete says so.
    pub async fn delete_app(&self, caller: &Caller, req: v1::DeleteAppRequest) -> Result<v1::DeleteAppResponse, Error> {
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
        self.routes.app_deleted(&id);
        self.events.publish(&id, Change::Deleted);
        self.retention.collect_blobs(hashes).await?;
        if deleted_image {
            self.builds.collect_image_garbage();
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
            schedules: self
                .store
                .schedules_of(id.org().as_str(), id.app().as_str())
                .await?
                .into_iter()
                .map(|s| v1::ScheduleState {
                    name: s.name,
                    cron: s.cron,
                    timezone: s.timezone,
                    next_run_ms: if s.next_run_ms == i64::MAX { 0 } else { s.next_run_ms },
                    last_run_ms: s.last_run_ms,
                    last_execution_id: s.last_execution,
                })
                .collect(),
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
        &self,
        caller: &Caller,
        req: v1::PublishDraftRequest,
    ) -> Result<v1::PublishDraftResponse, Error> {
        let id = function_of(caller, &req.organization_name, &req.app_name, "app_name")?;
        self.builds.compile_if_needed(&id, Action::Publish).await?;
        let published = self.store.publish(id.org().as_str(), id.app().as_str(), now_ms()).await?;
        self.routes.active_changed(&id);
        self.events.publish(&id, Change::Published);
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

    pub async fn list_app_versions(
        &self,
        caller: &Caller,
        req: v1::ListAppVersionsRequest,
    ) -> Result<v1::ListAppVersionsResponse, Error> {
        let id = function_of(caller, &req.organization_name, &req.app_name, "app_name")?;
        let app = self.app(&id).await?;
        let versions = self.store.list_versions(id.org().as_str(), id.app().as_str()).await?;
        Ok(v1::ListAppVersionsResponse { versions: versions.iter().map(|v| version_info(&app, v)).collect() })
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
        Ok(v1::GetAppVersionResponse { version: Some(version_info(&app, &v)), app: Some(snapshot) })
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
        self.routes.active_changed(&id);
        self.events.publish(&id, Change::RolledBack);
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

    // ------------------------------------------------------------------ aliases

    /// Points an alias at a published version, with an optional canary split.
    pub async fn set_alias(&self, caller: &Caller, req: v1::SetAliasRequest) -> Result<v1::SetAliasResponse, Error> {
        let id = function_of(caller, &req.organization_name, &req.app_name, "app_name")?;
        let name_ok = (1..=30).contains(&req.name.len())
            && req.name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !name_ok {
            return Err(invalid("name", "1 to 30 of a-z, 0-9 and '-'"));
        }
        if req.canary_weight > 100 {
            return Err(invalid("canary_weight", "a percent: 0 to 100"));
        }
        if req.canary_weight > 0 && req.canary_version == 0 {
            return Err(invalid("canary_version", "is required with a canary_weight"));
        }
        if !(0.0..=1.0).contains(&req.max_error_rate) {
            return Err(invalid("max_error_rate", "a share of calls: 0 to 1"));
        }
        if req.window_secs > 3600 {
            return Err(invalid("window_secs", "at most 3600"));
        }
        for (field, version) in [("version", req.version), ("canary_version", req.canary_version)] {
            if field == "version" && version == 0 {
                return Err(invalid("version", "is required (a published version)"));
            }
            if version != 0 && self.store.get_version(id.org().as_str(), id.app().as_str(), version).await?.is_none() {
                return Err(Error::not_found("version", format!("{id}@{version}")).with_field(field));
            }
        }
        let alias = Alias {
            name: req.name,
            version: req.version,
            canary_version: if req.canary_weight == 0 { 0 } else { req.canary_version },
            canary_weight: req.canary_weight,
            updated_at_ms: now_ms(),
            bounds: CanaryBounds {
                max_error_rate: req.max_error_rate,
                max_p99_ms: req.max_p99_ms,
                window_secs: req.window_secs,
                min_calls: req.min_calls,
            },
        };
        self.store.set_alias(id.org().as_str(), id.app().as_str(), &alias).await?;
        self.routes.aliases_changed(&id);
        self.events.publish(&id, Change::Aliases);
        let message = match alias.canary_version {
            0 => format!("alias {} points at version {}", alias.name, alias.version),
            canary => format!(
                "alias {} sends {}% of its calls to version {canary}, the rest to version {}",
                alias.name, alias.canary_weight, alias.version
            ),
        };
        self.app_event(&id, alias.version, EventKind::Published, message);
        Ok(v1::SetAliasResponse { alias: Some(alias_view(&alias)) })
    }

    /// Rolls back, every second while the server lives, the canaries that break their
    /// alias's bounds on the calls this server ran (each server judges its own calls;
    /// the first to find a canary failing rolls it back for all).
    pub fn spawn_canary_watch(self: &Arc<Self>) {
        let me = Arc::downgrade(self);
        tokio::spawn(async move {
            loop {
                tokio::time::sleep(CANARY_WATCH_EVERY).await;
                let Some(apps) = me.upgrade() else { return };
                if let Err(e) = apps.judge_canaries().await {
                    tracing::warn!(error = %e, "judging canaries");
                }
            }
        });
    }

    async fn judge_canaries(&self) -> Result<(), Error> {
        for (org, app, alias) in self.store.canaries().await? {
            let bounds = alias.bounds;
            if !bounds.judged() {
                continue;
            }
            let app_id = format!("{org}/{app}");
            // The window's calls, and only those since the split was set.
            let since = (now_ms() - i64::from(bounds.window_secs()) * 1000).max(alias.updated_at_ms);
            let calls = self.engine.calls.recent.since(&app_id, alias.canary_version, since);
            let Some(why) = bounds.broken(calls.calls, calls.errors, calls.p99.as_millis() as u64) else { continue };
            // Unless it changed meanwhile.
            let current = self.store.aliases(&org, &app).await?;
            if !current.contains(&alias) {
                continue;
            }
            let rolled = Alias { canary_version: 0, canary_weight: 0, updated_at_ms: now_ms(), ..alias.clone() };
            self.store.set_alias(&org, &app, &rolled).await?;
            let id = FunctionId::from_parts(&org, &app).map_err(|e| e.into_error("app"))?;
            self.routes.aliases_changed(&id);
            self.events.publish(&id, Change::Aliases);
            self.app_event(
                &id,
                alias.canary_version,
                EventKind::RolledBack,
                format!(
                    "canary version {} of alias {} rolled back to version {}: {why}",
                    alias.canary_version, alias.name, alias.version
                ),
            );
        }
        Ok(())
    }

    pub async fn list_aliases(
        &self,
        caller: &Caller,
        req: v1::ListAliasesRequest,
    ) -> Result<v1::ListAliasesResponse, Error> {
        let id = function_of(caller, &req.organization_name, &req.app_name, "app_name")?;
        self.app(&id).await?;
        let aliases = self.store.aliases(id.org().as_str(), id.app().as_str()).await?;
        Ok(v1::ListAliasesResponse { aliases: aliases.iter().map(alias_view).collect() })
    }

    pub async fn delete_alias(
        &self,
        caller: &Caller,
        req: v1::DeleteAliasRequest,
    ) -> Result<v1::DeleteAliasResponse, Error> {
        let id = function_of(caller, &req.organization_name, &req.app_name, "app_name")?;
        self.app(&id).await?;
        let deleted = self.store.delete_alias(id.org().as_str(), id.app().as_str(), &req.name).await?;
        self.routes.aliases_changed(&id);
        self.events.publish(&id, Change::Aliases);
        Ok(v1::DeleteAliasResponse { deleted })
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
        let bytes = self.blobs.read(&v.code_hash).await?;
        Ok(v1::GetAppCodeResponse {
            source_code: restore_code_bytes(&v.code, bytes),
            code_hash: v.code_hash.clone(),
            version,
            code_kind: code_kind(&v.code) as i32,
            runtime: runtime_of(&v.code),
            image_ref: v.code.image_ref().to_string(),
        })
    }

    // ------------------------------------------------------------------ catalog and MCP

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
            items.push(catalog_item(&meta, &self.runtime_label(row).await?));
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
        Ok(v1::GetPublicCatalogDetailResponse { item: Some(catalog_item(&meta, &self.runtime_label(&app).await?)) })
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
}
