//! Declarative apps: `ignite.yaml` files kept with the code (in git), `ignite apply`
//! that makes the server match them, and `ignite export` that writes them for the apps
//! a server has.
//!
//! Every setting a file names is the whole truth for that setting: an environment
//! variable missing from the file is removed from the app, an alias missing from the
//! file is deleted. Apps missing from the files are left alone unless `--prune`. The
//! code is compared by hash (the same files always pack to the same bytes), so applying
//! unchanged files publishes nothing.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use sha2::Digest;

use ignite_runtime::archive::Packing;

use super::apps::{RuntimeArg, compiled_source};
use super::drafts::follow_compile;
use super::*;

/// The file of one app.
pub const FILE_NAME: &str = "ignite.yaml";

/// One app, as `ignite.yaml` declares it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AppFile {
    /// The app's name (its organization is the connection's).
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// The runtime of the code [default: detected from the files, as `deploy` does].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub runtime: Option<RuntimeArg>,
    /// The code, a directory or one file, relative to this file [default: its
    /// directory]; `null` leaves the app's code as it is.
    #[serde(default = "this_directory")]
    pub code: Option<PathBuf>,
    /// Explicit limits; absent = the tier's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limits: Option<LimitsFile>,
    /// Explicit scaling; absent = the server's defaults.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scaling: Option<ScalingFile>,
    /// Environment variables; `secret://NAME` values name app secrets (`ignite secret
    /// create --kind app NAME`), which must exist.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub env: BTreeMap<String, String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub schedules: Vec<ScheduleFile>,
    /// Aliases by name.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub aliases: BTreeMap<String, AliasFile>,
    /// Exported as an MCP tool.
    #[serde(default, skip_serializing_if = "is_false")]
    pub mcp: bool,
    /// Listed in the public catalog.
    #[serde(default, skip_serializing_if = "is_false")]
    pub public: bool,
    /// A container of the jobs API.
    #[serde(default, skip_serializing_if = "is_false")]
    pub jobs: bool,
    /// Outbound network, to `egressAllow` only when that is given.
    #[serde(default, skip_serializing_if = "is_false")]
    pub network: bool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub egress_allow: Vec<String>,
    /// Concurrent calls per replica; 0 = default.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub max_concurrency: u32,
    /// How failed async executions are run again; absent = not at all.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retry: Option<RetryFile>,
    /// How long log lines are kept, in seconds; 0 = 3 days.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub log_retention_secs: u32,
    /// The resource tier; absent = the server's default tier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tier: Option<TierFile>,
    /// How the app's storage lives; absent = the server's default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub storage: Option<StorageFile>,
    /// With `storage: ttl`: how long it lives, in seconds.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub ttl_secs: u32,
    /// JSON Schemas of the payload and the result, written as YAML (or JSON).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub input_schema: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub output_schema: Option<serde_json::Value>,
    /// Container ports (image apps); each gets its own FunctionId host.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ports: Vec<u32>,
    /// The readiness and liveness probe path of an image app; "" = "/healthz".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub health_path: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub category: Vec<String>,
}

fn this_directory() -> Option<PathBuf> {
    Some(PathBuf::from("."))
}

fn is_false(b: &bool) -> bool {
    !b
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LimitsFile {
    #[serde(default, skip_serializing_if = "is_zero")]
    pub memory_mb: u32,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub cpu_millicores: u32,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub timeout_secs: u32,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ScalingFile {
    #[serde(default, skip_serializing_if = "is_zero")]
    pub min_replicas: u32,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub max_replicas: u32,
    /// Warm replicas kept started even when idle.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub reserved: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auto_mode: Option<AutoModeFile>,
    /// What the autoscaler compares against `target`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metric: Option<MetricFile>,
    /// Target value of `metric` per replica; 0 = maxConcurrency.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub target: u32,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub idle_timeout_secs: u32,
}

/// An enum of the API as a file names it (kebab-case), without its UNSPECIFIED value:
/// absent in the file is unspecified.
macro_rules! file_enum {
    ($(#[$doc:meta])* $name:ident = v1::$proto:ident { $($variant:ident),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
        #[serde(rename_all = "kebab-case")]
        pub enum $name {
            $($variant),+
        }

        impl $name {
            fn to_proto(self) -> i32 {
                match self {
                    $(Self::$variant => v1::$proto::$variant as i32),+
                }
            }

            /// `None` for UNSPECIFIED and for values this CLI does not know.
            fn of(value: i32) -> Option<Self> {
                match v1::$proto::try_from(value).ok()? {
                    $(v1::$proto::$variant => Some(Self::$variant),)+
                    _ => None,
                }
            }
        }
    };
}

file_enum!(TierFile = v1::ResourceTier { Small, Medium, Large, Xlarge });
file_enum!(StorageFile = v1::StorageMode { Persistent, Ephemeral, Ttl });
file_enum!(AutoModeFile = v1::AutoMode { Disabled, Enabled, TierOnly, ScaleOnly });
file_enum!(MetricFile = v1::ScaleMetric { Concurrency, RequestsPerSecond, Cpu, Memory });
file_enum!(RetryOnFile = v1::RetryOn { Timeout, Crashed, ServerError });

/// RetryPolicy of the API (0 = the server's default for each number).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RetryFile {
    pub max_attempts: u32,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub initial_backoff_ms: u32,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub max_backoff_ms: u32,
    #[serde(default, skip_serializing_if = "is_unset")]
    pub multiplier: f64,
    #[serde(default, skip_serializing_if = "is_unset")]
    pub jitter: f64,
    /// The failures retried; empty = every one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub retry_on: Vec<RetryOnFile>,
}

fn is_unset(v: &f64) -> bool {
    *v == 0.0
}

impl RetryFile {
    fn to_proto(&self) -> v1::RetryPolicy {
        v1::RetryPolicy {
            max_attempts: self.max_attempts,
            initial_backoff_ms: self.initial_backoff_ms,
            max_backoff_ms: self.max_backoff_ms,
            multiplier: self.multiplier,
            jitter: self.jitter,
            retry_on: self.retry_on.iter().map(|r| r.to_proto()).collect(),
        }
    }

    fn of(p: &v1::RetryPolicy) -> RetryFile {
        RetryFile {
            max_attempts: p.max_attempts,
            initial_backoff_ms: p.initial_backoff_ms,
            max_backoff_ms: p.max_backoff_ms,
            multiplier: p.multiplier,
            jitter: p.jitter,
            retry_on: p.retry_on.iter().filter_map(|r| RetryOnFile::of(*r)).collect(),
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ScheduleFile {
    pub name: String,
    pub cron: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub timezone: String,
    /// The body of each execution (text).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub payload: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AliasFile {
    pub version: u32,
    /// A canary: `weight` percent of calls go to `version`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub canary: Option<CanaryFile>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CanaryFile {
    pub version: u32,
    pub weight: u32,
}

impl LimitsFile {
    fn to_proto(&self) -> v1::ResourceLimits {
        v1::ResourceLimits {
            memory_mb: self.memory_mb,
            cpu_millicores: self.cpu_millicores,
            timeout_secs: self.timeout_secs,
        }
    }

    fn of(l: &v1::ResourceLimits) -> LimitsFile {
        LimitsFile { memory_mb: l.memory_mb, cpu_millicores: l.cpu_millicores, timeout_secs: l.timeout_secs }
    }
}

impl AliasFile {
    /// A canary of weight 0 is none.
    fn of(a: &v1::Alias) -> AliasFile {
        let canary = (a.canary_weight > 0).then_some(CanaryFile { version: a.canary_version, weight: a.canary_weight });
        AliasFile { version: a.version, canary }
    }

    /// As the plan shows it (and compares it: a canary of weight 0 is none).
    fn text(&self) -> String {
        match &self.canary {
            Some(c) if c.weight > 0 => format!("{}, canary {} at {}%", self.version, c.version, c.weight),
            _ => self.version.to_string(),
        }
    }
}

impl ScalingFile {
    fn to_proto(&self) -> v1::ScalingConfig {
        v1::ScalingConfig {
            min_replicas: self.min_replicas,
            max_replicas: self.max_replicas,
            reserved: self.reserved,
            auto_mode: self.auto_mode.map_or(0, AutoModeFile::to_proto),
            metric: self.metric.map_or(0, MetricFile::to_proto),
            target: self.target,
            idle_timeout_secs: self.idle_timeout_secs,
        }
    }

    fn of(s: &v1::ScalingConfig) -> ScalingFile {
        ScalingFile {
            min_replicas: s.min_replicas,
            max_replicas: s.max_replicas,
            reserved: s.reserved,
            auto_mode: AutoModeFile::of(s.auto_mode),
            metric: MetricFile::of(s.metric),
            target: s.target,
            idle_timeout_secs: s.idle_timeout_secs,
        }
    }
}

impl ScheduleFile {
    fn to_proto(&self) -> v1::Schedule {
        v1::Schedule {
            name: self.name.clone(),
            cron: self.cron.clone(),
            timezone: self.timezone.clone(),
            payload: self.payload.clone().into_bytes(),
        }
    }

    fn of(s: &v1::Schedule) -> ScheduleFile {
        ScheduleFile {
            name: s.name.clone(),
            cron: s.cron.clone(),
            timezone: s.timezone.clone(),
            payload: String::from_utf8_lossy(&s.payload).into_owned(),
        }
    }
}

/// An app file found under a directory, with where its paths start.
struct Declared {
    file: AppFile,
    path: PathBuf,
}

impl Declared {
    fn code_path(&self) -> Option<PathBuf> {
        let dir = self.path.parent().unwrap_or(Path::new("."));
        self.file.code.as_ref().map(|c| dir.join(c))
    }
}

/// `DIR/ignite.yaml`, or every `ignite.yaml` below DIR (not inside skipped directories).
fn discover(root: &Path) -> Result<Vec<Declared>, CliError> {
    let mut found = Vec::new();
    if root.is_file() {
        found.push(root.to_path_buf());
    } else {
        let mut stack = vec![root.to_path_buf()];
        while let Some(dir) = stack.pop() {
            let entries = std::fs::read_dir(&dir).map_err(|e| invalid(format!("{}: {e}", dir.display())))?;
            for entry in entries {
                let entry = entry?;
                let name = entry.file_name();
                let kind = entry.file_type()?;
                if kind.is_dir() && !SKIPPED.contains(&name.to_string_lossy().as_ref()) {
                    stack.push(entry.path());
                } else if kind.is_file() && name == FILE_NAME {
                    found.push(entry.path());
                }
            }
        }
    }
    found.sort();
    let mut apps = Vec::new();
    let mut names = BTreeMap::new();
    for path in found {
        let file = read(&path)?;
        if let Some(other) = names.insert(file.name.clone(), path.clone()) {
            return Err(invalid(format!(
                "{} and {} both declare app {:?}",
                other.display(),
                path.display(),
                file.name
            )));
        }
        apps.push(Declared { file, path });
    }
    if apps.is_empty() {
        return Err(invalid(format!("no {FILE_NAME} under {}", root.display())));
    }
    Ok(apps)
}

/// One app file.
pub(super) fn read(path: &Path) -> Result<AppFile, CliError> {
    let text = std::fs::read_to_string(path).map_err(|e| invalid(format!("{}: {e}", path.display())))?;
    serde_norway::from_str(&text).map_err(|e| invalid(format!("{}: {e}", path.display())))
}

/// The hash the server gives an upload (SHA-256 of its bytes, as `codeHash`).
pub(super) fn upload_hash(source: &v1::CodeSource) -> String {
    match &source.source {
        Some(v1::code_source::Source::Compile(c)) => hex::encode(sha2::Sha256::digest(&c.source_code)),
        _ => String::new(),
    }
}

/// What a file's code packs to: the upload, its hash and whether it is compiled first.
struct LocalCode {
    source: v1::CodeSource,
    hash: String,
    runtime: RuntimeArg,
}

fn local_code(declared: &Declared) -> Result<Option<LocalCode>, CliError> {
    let Some(path) = declared.code_path() else { return Ok(None) };
    let (source, runtime) = compiled_source(&path, declared.file.runtime)
        .map_err(|e| invalid(format!("{}: {}", declared.path.display(), e.message)))?;
    let hash = upload_hash(&source);
    Ok(Some(LocalCode { source, hash, runtime }))
}

/// One change of an app's plan.
#[derive(Debug)]
enum Step {
    /// A setting (update_mask name, as shown, before and after).
    Setting {
        mask: &'static str,
        shown: String,
        before: String,
        after: String,
    },
    Code {
        before: String,
        after: String,
    },
    SetAlias {
        name: String,
        before: Option<String>,
        after: String,
    },
    DeleteAlias {
        name: String,
        before: String,
    },
}

#[derive(Debug)]
enum AppPlan {
    Create { name: String, steps: Vec<Step> },
    Change { name: String, steps: Vec<Step> },
    Unchanged { name: String },
    Delete { name: String, versions: usize },
}

fn quoted<T: std::fmt::Debug>(v: &T) -> String {
    format!("{v:?}")
}

/// A setting of the file as compact JSON (enums by their names), or `none`.
fn shown<T: Serialize>(v: &Option<T>, none: &str) -> String {
    match v {
        Some(v) => serde_json::to_string(v).expect("a file's setting is JSON"),
        None => none.into(),
    }
}

/// A schema of the API (a JSON document as a string) as a value; "" = none.
fn schema_of(text: &str) -> Option<serde_json::Value> {
    if text.is_empty() {
        return None;
    }
    Some(serde_json::from_str(text).unwrap_or_else(|_| serde_json::Value::String(text.into())))
}

fn schema_text(schema: &Option<serde_json::Value>) -> String {
    schema.as_ref().map(|v| v.to_string()).unwrap_or_default()
}

/// The settings of `file` that differ from `meta` (all of them for a new app).
fn setting_steps(file: &AppFile, meta: &v1::AppMeta) -> Vec<Step> {
    let mut steps = Vec::new();
    let mut setting = |mask: &'static str, shown: &str, before: String, after: String| {
        if before != after {
            steps.push(Step::Setting { mask, shown: shown.to_string(), before, after });
        }
    };
    setting("description", "description", quoted(&meta.description), quoted(&file.description));
    let env_before: BTreeMap<_, _> = meta.env.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
    for key in env_before.keys().chain(file.env.keys()).collect::<BTreeSet<_>>() {
        let show = |v: Option<&String>| v.map(quoted).unwrap_or_else(|| "(unset)".into());
        setting("env", &format!("env.{key}"), show(env_before.get(key)), show(file.env.get(key)));
    }
    let limits = |l: Option<v1::ResourceLimits>| match l {
        Some(l) => format!("{} MB, {} m CPU, {} s", l.memory_mb, l.cpu_millicores, l.timeout_secs),
        None => "(tier)".into(),
    };
    setting("limits", "limits", limits(meta.limits), limits(file.limits.as_ref().map(LimitsFile::to_proto)));
    setting(
        "scaling",
        "scaling",
        shown(&meta.scaling.as_ref().map(ScalingFile::of), "(default)"),
        shown(&file.scaling, "(default)"),
    );
    setting(
        "resource_tier",
        "tier",
        shown(&TierFile::of(meta.resource_tier), "(default)"),
        shown(&file.tier, "(default)"),
    );
    setting(
        "storage_mode",
        "storage",
        shown(&StorageFile::of(meta.storage_mode), "(default)"),
        shown(&file.storage, "(default)"),
    );
    setting("ttl_secs", "ttlSecs", meta.ttl_secs.to_string(), file.ttl_secs.to_string());
    setting(
        "input_schema",
        "inputSchema",
        shown(&schema_of(&meta.input_schema), "(none)"),
        shown(&file.input_schema, "(none)"),
    );
    setting(
        "output_schema",
        "outputSchema",
        shown(&schema_of(&meta.output_schema), "(none)"),
        shown(&file.output_schema, "(none)"),
    );
    setting("ports", "ports", quoted(&meta.ports), quoted(&file.ports));
    setting("health_path", "healthPath", quoted(&meta.health_path), quoted(&file.health_path));
    setting("tags", "tags", quoted(&meta.tags), quoted(&file.tags));
    setting("category", "category", quoted(&meta.category), quoted(&file.category));
    let schedules_before: BTreeMap<_, _> = meta.schedules.iter().map(|s| (s.name.clone(), s.clone())).collect();
    let schedules_after: BTreeMap<_, _> = file.schedules.iter().map(|s| (s.name.clone(), s.to_proto())).collect();
    for name in schedules_before.keys().chain(schedules_after.keys()).collect::<BTreeSet<_>>() {
        let show = |s: Option<&v1::Schedule>| match s {
            Some(s) => format!(
                "{:?}{}{}",
                s.cron,
                if s.timezone.is_empty() { String::new() } else { format!(" {}", s.timezone) },
                if s.payload.is_empty() {
                    String::new()
                } else {
                    format!(" payload {:?}", String::from_utf8_lossy(&s.payload))
                }
            ),
            None => "(none)".into(),
        };
        setting(
            "schedules",
            &format!("schedule {name}"),
            show(schedules_before.get(name)),
            show(schedules_after.get(name)),
        );
    }
    setting("mcp_enabled", "mcp", meta.mcp_enabled.to_string(), file.mcp.to_string());
    setting("public", "public", meta.public.to_string(), file.public.to_string());
    setting("jobs_enabled", "jobs", meta.jobs_enabled.to_string(), file.jobs.to_string());
    setting("network_enabled", "network", meta.network_enabled.to_string(), file.network.to_string());
    setting("egress_allow", "egressAllow", quoted(&meta.egress_allow), quoted(&file.egress_allow));
    setting("max_concurrency", "maxConcurrency", meta.max_concurrency.to_string(), file.max_concurrency.to_string());
    setting("retry", "retry", shown(&meta.retry.as_ref().map(RetryFile::of), "(none)"), shown(&file.retry, "(none)"));
    setting(
        "log_retention_secs",
        "logRetentionSecs",
        meta.log_retention_secs.to_string(),
        file.log_retention_secs.to_string(),
    );
    steps
}

fn alias_steps(file: &AppFile, existing: &[v1::Alias]) -> Vec<Step> {
    let mut steps = Vec::new();
    let before: BTreeMap<_, _> = existing.iter().map(|a| (a.name.clone(), AliasFile::of(a).text())).collect();
    for (name, alias) in &file.aliases {
        let after = alias.text();
        let old = before.get(name).cloned();
        if old.as_ref() != Some(&after) {
            steps.push(Step::SetAlias { name: name.clone(), before: old, after });
        }
    }
    for (name, text) in &before {
        if !file.aliases.contains_key(name) {
            steps.push(Step::DeleteAlias { name: name.clone(), before: text.clone() });
        }
    }
    steps
}

/// Checks that every `secret://NAME` of the files names an existing secret.
async fn check_secrets(ctx: &Ctx, apps: &[Declared]) -> Outcome {
    let wanted: Vec<(&str, &str, &str)> =
        apps.iter()
            .flat_map(|d| {
                d.file.env.iter().filter_map(|(k, v)| {
                    v.strip_prefix("secret://").map(|name| (d.file.name.as_str(), k.as_str(), name))
                })
            })
            .collect();
    if wanted.is_empty() {
        return Ok(());
    }
    let existing: BTreeSet<String> =
        ctx.client.list_secrets(v1::ListSecretsRequest {}).await?.secrets.into_iter().map(|s| s.name).collect();
    for (app, key, name) in wanted {
        if !existing.contains(name) {
            return Err(CliError {
                code: Code::FailedPrecondition,
                message: format!(
                    "app {app}: env {key} names secret {name:?}, which does not exist \
                     (ignite secret create --kind app {name})"
                ),
            });
        }
    }
    Ok(())
}

async fn list_all_apps(ctx: &Ctx, org: &str) -> Result<Vec<v1::AppSummary>, CliError> {
    let mut apps = Vec::new();
    let mut cursor = String::new();
    loop {
        let page =
            ctx.client.list_apps(v1::ListAppsRequest { organization_name: org.into(), cursor, limit: 100 }).await?;
        apps.extend(page.apps);
        if page.next_cursor.is_empty() {
            return Ok(apps);
        }
        cursor = page.next_cursor;
    }
}

/// `ignite apply`: the plan, then (unless `dry_run`) the changes, app by app.
pub(super) async fn apply(ctx: &Ctx, root: &Path, prune: bool, dry_run: bool) -> Outcome {
    let org = ctx.org()?;
    let declared = discover(root)?;
    check_secrets(ctx, &declared).await?;
    let c = &ctx.client;
    let mut plans = Vec::new();
    let mut codes = BTreeMap::new();
    for d in &declared {
        let name = d.file.name.clone();
        let local = local_code(d)?;
        let existing = c.get_app(v1::GetAppRequest { organization_name: org.clone(), app_name: name.clone() }).await;
        let (meta, aliases) = match existing {
            Ok(r) => {
                let aliases = c
                    .list_aliases(v1::ListAliasesRequest { organization_name: org.clone(), app_name: name.clone() })
                    .await?
                    .aliases;
                (Some(r.app.unwrap_or_default()), aliases)
            }
            Err(e) if e.code == Code::NotFound => (None, Vec::new()),
            Err(e) => return Err(e.into()),
        };
        let base = meta.clone().unwrap_or_default();
        let mut steps = setting_steps(&d.file, &base);
        if let Some(code) = &local {
            let active = if base.active_version == 0 { String::new() } else { base.code_hash.clone() };
            // The same bytes under another runtime are other code.
            let same_runtime = RuntimeArg::of(&base.runtime) == Some(code.runtime);
            if code.hash != active || !same_runtime {
                let before =
                    if active.is_empty() { "(none)".into() } else { active[..12.min(active.len())].to_string() };
                steps.push(Step::Code { before, after: code.hash[..12].to_string() });
            }
        }
        steps.extend(alias_steps(&d.file, &aliases));
        plans.push(match (meta, steps.is_empty()) {
            (None, _) => AppPlan::Create { name: name.clone(), steps },
            (Some(_), true) => AppPlan::Unchanged { name: name.clone() },
            (Some(_), false) => AppPlan::Change { name: name.clone(), steps },
        });
        if let Some(code) = local {
            codes.insert(name, code);
        }
    }
    if prune {
        let declared_names: BTreeSet<_> = declared.iter().map(|d| d.file.name.clone()).collect();
        for app in list_all_apps(ctx, &org).await? {
            if !declared_names.contains(&app.name) {
                let versions = c
                    .list_app_versions(v1::ListAppVersionsRequest {
                        organization_name: org.clone(),
                        app_name: app.name.clone(),
                    })
                    .await?
                    .versions
                    .len();
                plans.push(AppPlan::Delete { name: app.name, versions });
            }
        }
    }

    print!("{}", plan_text(&plans));
    let changes = plans.iter().filter(|p| !matches!(p, AppPlan::Unchanged { .. })).count();
    if changes == 0 {
        println!("No changes: the server matches the files.");
        return Ok(());
    }
    if dry_run {
        println!("Dry run: nothing was changed.");
        return Ok(());
    }
    let files: BTreeMap<_, _> = declared.iter().map(|d| (d.file.name.clone(), &d.file)).collect();
    for plan in &plans {
        match plan {
            AppPlan::Unchanged { .. } => {}
            AppPlan::Delete { name, .. } => {
                c.delete_app(v1::DeleteAppRequest { organization_name: org.clone(), app_name: name.clone() }).await?;
                println!("deleted {name}");
            }
            AppPlan::Create { name, steps } | AppPlan::Change { name, steps } => {
                let file = files[name];
                if matches!(plan, AppPlan::Create { .. }) {
                    c.create_app(v1::CreateAppRequest {
                        organization_name: org.clone(),
                        name: name.clone(),
                        ..Default::default()
                    })
                    .await?;
                }
                apply_steps(ctx, &org, file, steps, codes.get(name)).await?;
                println!("{} {name}", if matches!(plan, AppPlan::Create { .. }) { "created" } else { "updated" });
            }
        }
    }
    println!("Applied {changes} app{}.", if changes == 1 { "" } else { "s" });
    Ok(())
}

async fn apply_steps(ctx: &Ctx, org: &str, file: &AppFile, steps: &[Step], code: Option<&LocalCode>) -> Outcome {
    let c = &ctx.client;
    let app = file.name.clone();
    let mask: BTreeSet<String> = steps
        .iter()
        .filter_map(|s| match s {
            Step::Setting { mask, .. } => Some(mask.to_string()),
            _ => None,
        })
        .collect();
    if !mask.is_empty() {
        c.update_app_config(v1::UpdateAppConfigRequest {
            organization_name: org.into(),
            app_name: app.clone(),
            description: Some(file.description.clone()),
            env: file.env.clone().into_iter().collect(),
            limits: file.limits.as_ref().map(LimitsFile::to_proto),
            scaling: file.scaling.as_ref().map(ScalingFile::to_proto),
            mcp_enabled: Some(file.mcp),
            public: Some(file.public),
            jobs_enabled: Some(file.jobs),
            network_enabled: Some(file.network),
            egress_allow: file.egress_allow.clone(),
            max_concurrency: Some(file.max_concurrency),
            schedules: file.schedules.iter().map(ScheduleFile::to_proto).collect(),
            retry: file.retry.as_ref().map(RetryFile::to_proto),
            log_retention_secs: Some(file.log_retention_secs),
            resource_tier: Some(file.tier.map_or(0, TierFile::to_proto)),
            storage_mode: Some(file.storage.map_or(0, StorageFile::to_proto)),
            ttl_secs: Some(file.ttl_secs),
            input_schema: Some(schema_text(&file.input_schema)),
            output_schema: Some(schema_text(&file.output_schema)),
            ports: file.ports.clone(),
            health_path: Some(file.health_path.clone()),
            tags: file.tags.clone(),
            category: file.category.clone(),
            update_mask: mask.into_iter().collect(),
        })
        .await?;
    }
    if let (Some(code), true) = (code, steps.iter().any(|s| matches!(s, Step::Code { .. }))) {
        c.save_draft(v1::SaveDraftRequest {
            organization_name: org.into(),
            app_name: app.clone(),
            code: Some(code.source.clone()),
            ..Default::default()
        })
        .await?;
        if code.runtime.is_built() {
            let compiled = c
                .compile_draft(v1::CompileDraftRequest { organization_name: org.into(), app_name: app.clone() })
                .await?;
            follow_compile(ctx, org, &app, &compiled.deploy_id).await?;
        }
        let published =
            c.publish_draft(v1::PublishDraftRequest { organization_name: org.into(), app_name: app.clone() }).await?;
        println!("published {app} version {}", published.published_version);
    }
    for step in steps {
        match step {
            Step::SetAlias { name, .. } => {
                let alias = &file.aliases[name];
                let canary = alias.canary.clone().unwrap_or_default();
                c.set_alias(v1::SetAliasRequest {
                    organization_name: org.into(),
                    app_name: app.clone(),
                    name: name.clone(),
                    version: alias.version,
                    canary_version: canary.version,
                    canary_weight: canary.weight,
                    ..Default::default()
                })
                .await?;
            }
            Step::DeleteAlias { name, .. } => {
                c.delete_alias(v1::DeleteAliasRequest {
                    organization_name: org.into(),
                    app_name: app.clone(),
                    name: name.clone(),
                })
                .await?;
            }
            _ => {}
        }
    }
    Ok(())
}

/// The plan as `terraform plan` prints one: `+` to add, `~` to change, `-` to destroy.
fn plan_text(plans: &[AppPlan]) -> String {
    let mut out = String::new();
    let (mut add, mut change, mut destroy) = (0, 0, 0);
    let step_line = |s: &Step| match s {
        Step::Setting { shown, before, after, .. } => format!("    ~ {shown}: {before} -> {after}\n"),
        Step::Code { before, after } => format!("    ~ code: {before} -> {after} (publishes a version)\n"),
        Step::SetAlias { name, before: None, after } => format!("    + alias {name}: {after}\n"),
        Step::SetAlias { name, before: Some(b), after } => format!("    ~ alias {name}: {b} -> {after}\n"),
        Step::DeleteAlias { name, before } => format!("    - alias {name}: {before}\n"),
    };
    for plan in plans {
        match plan {
            AppPlan::Create { name, steps } => {
                add += 1;
                out.push_str(&format!("+ app {name}\n"));
                steps.iter().for_each(|s| out.push_str(&step_line(s)));
            }
            AppPlan::Change { name, steps } => {
                change += 1;
                out.push_str(&format!("~ app {name}\n"));
                steps.iter().for_each(|s| out.push_str(&step_line(s)));
            }
            AppPlan::Unchanged { name } => out.push_str(&format!("  app {name} (no changes)\n")),
            AppPlan::Delete { name, versions } => {
                destroy += 1;
                out.push_str(&format!("- app {name} (and its {versions} versions)\n"));
            }
        }
    }
    out.push_str(&format!("\nPlan: {add} to add, {change} to change, {destroy} to destroy.\n"));
    out
}

/// `ignite export`: `DIR/<app>/ignite.yaml` and the active code of each app (or of
/// `only`), so that `ignite apply -f DIR` right after changes nothing.
pub(super) async fn export(ctx: &Ctx, dir: &Path, only: &[String]) -> Outcome {
    let org = ctx.org()?;
    let c = &ctx.client;
    let names: Vec<String> = if only.is_empty() {
        list_all_apps(ctx, &org).await?.into_iter().map(|a| a.name).collect()
    } else {
        only.to_vec()
    };
    for name in names {
        let out = dir.join(&name);
        if out.exists() && std::fs::read_dir(&out)?.next().is_some() {
            return Err(invalid(format!("{} is not empty: export into a new directory", out.display())));
        }
        let meta = c
            .get_app(v1::GetAppRequest { organization_name: org.clone(), app_name: name.clone() })
            .await?
            .app
            .unwrap_or_default();
        let aliases = c
            .list_aliases(v1::ListAliasesRequest { organization_name: org.clone(), app_name: name.clone() })
            .await?
            .aliases;
        let runtime = RuntimeArg::of(&meta.runtime);
        let mut file = AppFile {
            name: name.clone(),
            description: meta.description.clone(),
            runtime,
            code: None,
            limits: meta.limits.as_ref().map(LimitsFile::of),
            scaling: meta.scaling.as_ref().map(ScalingFile::of),
            env: meta.env.clone().into_iter().collect(),
            schedules: meta.schedules.iter().map(ScheduleFile::of).collect(),
            aliases: aliases.iter().map(|a| (a.name.clone(), AliasFile::of(a))).collect(),
            mcp: meta.mcp_enabled,
            public: meta.public,
            jobs: meta.jobs_enabled,
            network: meta.network_enabled,
            egress_allow: meta.egress_allow.clone(),
            max_concurrency: meta.max_concurrency,
            retry: meta.retry.as_ref().map(RetryFile::of),
            log_retention_secs: meta.log_retention_secs,
            tier: TierFile::of(meta.resource_tier),
            storage: StorageFile::of(meta.storage_mode),
            ttl_secs: meta.ttl_secs,
            input_schema: schema_of(&meta.input_schema),
            output_schema: schema_of(&meta.output_schema),
            ports: meta.ports.clone(),
            health_path: meta.health_path.clone(),
            tags: meta.tags.clone(),
            category: meta.category.clone(),
        };
        std::fs::create_dir_all(&out)?;
        if meta.active_version == 0 {
            eprintln!("{name} has no published version: exported its settings only (code: null)");
        } else if let Some(runtime) = runtime {
            let code = c
                .get_app_code(v1::GetAppCodeRequest {
                    organization_name: org.clone(),
                    app_name: name.clone(),
                    version: meta.active_version,
                })
                .await?;
            let single = Packing::of(&code.source_code) == Packing::SingleFile;
            // A single file stays one file, so that it uploads as the same bytes; an
            // archive is unpacked beneath code/ (no path leaves it, no link is followed).
            let unpack_dir = if single { out.join(".unpack") } else { out.join("code") };
            let file_name = runtime.kind().single_file_name();
            ignite_runtime::archive::unpack(&code.source_code, &unpack_dir, file_name)
                .map_err(|e| invalid(format!("the code of {name}: {e}")))?;
            if single {
                std::fs::rename(unpack_dir.join(file_name), out.join(file_name))?;
                std::fs::remove_dir(&unpack_dir)?;
                file.code = Some(PathBuf::from(file_name));
            } else {
                file.code = Some(PathBuf::from("code"));
            }
        } else {
            eprintln!("{name} runs an image: exported its settings only (code: null)");
        }
        let yaml =
            serde_norway::to_string(&file).map_err(|e| CliError { code: Code::Internal, message: e.to_string() })?;
        std::fs::write(out.join(FILE_NAME), yaml)?;
        println!("exported {name} to {}", out.display());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_reads_with_its_defaults_and_rejects_unknown_fields() {
        let file: AppFile = serde_norway::from_str("name: hello\nenv:\n  A: b\n").unwrap();
        assert_eq!(file.code, Some(PathBuf::from(".")));
        assert_eq!(file.env["A"], "b");
        let none: AppFile = serde_norway::from_str("name: hello\ncode: null\n").unwrap();
        assert_eq!(none.code, None);
        let err = serde_norway::from_str::<AppFile>("name: hello\nmemory: 3\n").unwrap_err();
        assert!(err.to_string().contains("unknown field `memory`"), "{err}");
    }

    #[test]
    fn the_example_of_the_docs_is_a_valid_file() {
        let docs = include_str!("../../../../docs/apps-as-files.md");
        let yaml = docs.split("```yaml\n").nth(1).and_then(|rest| rest.split("```").next()).unwrap();
        let file: AppFile = serde_norway::from_str(yaml).unwrap();
        assert_eq!(file.tier, Some(TierFile::Medium));
        assert_eq!(file.scaling.unwrap().metric, Some(MetricFile::Concurrency));
        assert_eq!(file.input_schema.unwrap()["required"], serde_json::json!(["name"]));
        assert_eq!(file.aliases["beta"].canary, Some(CanaryFile { version: 4, weight: 10 }));
    }

    #[test]
    fn the_plan_reads_like_terraform() {
        let file = AppFile {
            name: "hello".into(),
            env: [("A".to_string(), "new".to_string())].into(),
            tier: Some(TierFile::Large),
            ..Default::default()
        };
        let meta = v1::AppMeta {
            env: [("A".to_string(), "old".to_string()), ("B".to_string(), "x".to_string())].into(),
            resource_tier: v1::ResourceTier::Small as i32,
            ..Default::default()
        };
        let plans = vec![
            AppPlan::Change { name: "hello".into(), steps: setting_steps(&file, &meta) },
            AppPlan::Delete { name: "old".into(), versions: 2 },
        ];
        expect_test::expect![[r#"
            ~ app hello
                ~ env.A: "old" -> "new"
                ~ env.B: "x" -> (unset)
                ~ tier: "small" -> "large"
            - app old (and its 2 versions)

            Plan: 0 to add, 1 to change, 1 to destroy.
        "#]]
        .assert_eq(&plan_text(&plans));
    }
}
