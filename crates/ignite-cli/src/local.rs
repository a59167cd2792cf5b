//! The local developer loop (docs/local.md): services described by `service.yaml`, checked
//! before they run (preflight), locked (`ignite.lock`), and inspected (`env`).
//!
//! A service is a directory:
//!
//! ```yaml
//! service:
//!   name: my-service
//!   runtime: bun@1.3        # bun (default) or node, with an optional version
//!   entry: index.ts
//!   memoryMb: 128
//!   cpuLimit: 1
//!   timeoutMs: 30000
//!   env: { NODE_ENV: production }
//! preflight:                # thresholds; these are the defaults
//!   memory: { baseMb: 50, perDependencyMb: 2, warnRatio: 1, failRatio: 0.8 }
//!   dependencies: { warnCount: 100, infoCount: 50 }
//!   image: { warnMb: 500, failMb: 1000 }
//!   timeout: { minMs: 100, maxMs: 30000, coldStartBufferMs: 500 }
//! ```

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::remote::CliError;
use ignite_client::Code;
use ignite_runtime::audit::{AuditPolicy, AuditReport, AuditSession, AuditSupervisor};

pub const SERVICE_FILE: &str = "service.yaml";
pub const LOCK_FILE: &str = "ignite.lock";
pub const DEFAULT_RUNTIME: &str = "bun@1.3";

fn invalid(message: impl Into<String>) -> CliError {
    CliError { code: Code::InvalidArgument, message: message.into() }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ServiceSpec {
    pub name: String,
    #[serde(default = "default_runtime")]
    pub runtime: String,
    #[serde(default = "default_entry")]
    pub entry: String,
    #[serde(default = "default_memory")]
    pub memory_mb: u32,
    #[serde(default = "default_cpu")]
    pub cpu_limit: f64,
    #[serde(default = "default_timeout")]
    pub timeout_ms: u64,
    #[serde(default)]
    pub env: BTreeMap<String, String>,
}

fn default_runtime() -> String {
    DEFAULT_RUNTIME.into()
}
fn default_entry() -> String {
    "index.ts".into()
}
fn default_memory() -> u32 {
    128
}
fn default_cpu() -> f64 {
    1.0
}
fn default_timeout() -> u64 {
    30_000
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct MemoryThresholds {
    pub base_mb: f64,
    pub per_dependency_mb: f64,
    /// Limit ÷ estimate below this warns.
    pub warn_ratio: f64,
    /// Limit ÷ estimate below this fails.
    pub fail_ratio: f64,
}

impl Default for MemoryThresholds {
    fn default() -> Self {
        MemoryThresholds { base_mb: 50.0, per_dependency_mb: 2.0, warn_ratio: 1.0, fail_ratio: 0.8 }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct DependencyThresholds {
    pub warn_count: usize,
    pub info_count: usize,
}

impl Default for DependencyThresholds {
    fn default() -> Self {
        DependencyThresholds { warn_count: 100, info_count: 50 }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ImageThresholds {
    pub warn_mb: f64,
    pub fail_mb: f64,
}

impl Default for ImageThresholds {
    fn default() -> Self {
        ImageThresholds { warn_mb: 500.0, fail_mb: 1000.0 }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct TimeoutThresholds {
    pub min_ms: u64,
    pub max_ms: u64,
    pub cold_start_buffer_ms: u64,
}

impl Default for TimeoutThresholds {
    fn default() -> Self {
        TimeoutThresholds { min_ms: 100, max_ms: 30_000, cold_start_buffer_ms: 500 }
    }
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct PreflightThresholds {
    pub memory: MemoryThresholds,
    pub dependencies: DependencyThresholds,
    pub image: ImageThresholds,
    pub timeout: TimeoutThresholds,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServiceFile {
    pub service: ServiceSpec,
    #[serde(default)]
    pub preflight: PreflightThresholds,
}

/// A service directory and its parsed `service.yaml`.
pub struct Service {
    pub dir: PathBuf,
    pub file: ServiceFile,
}

impl Service {
    pub fn load(dir: &Path) -> Result<Service, CliError> {
        let path = dir.join(SERVICE_FILE);
        let text = std::fs::read_to_string(&path)
            .map_err(|e| invalid(format!("{}: {e} (create one with `ignite init`)", path.display())))?;
        let file: ServiceFile =
            serde_norway::from_str(&text).map_err(|e| invalid(format!("{}: {e}", path.display())))?;
        Runtime::parse(&file.service.runtime)?;
        Ok(Service { dir: dir.to_path_buf(), file })
    }

    /// Dependencies from package.json (runtime and dev), name → version range.
    pub fn dependencies(&self) -> BTreeMap<String, String> {
        let Ok(text) = std::fs::read_to_string(self.dir.join("package.json")) else { return BTreeMap::new() };
        let Ok(json) = serde_json::from_str::<serde_json::Value>(&text) else { return BTreeMap::new() };
        let mut deps = BTreeMap::new();
        for key in ["dependencies", "devDependencies"] {
            if let Some(map) = json[key].as_object() {
                for (name, version) in map {
                    deps.insert(name.clone(), version.as_str().unwrap_or_default().to_string());
                }
            }
        }
        deps
    }
}

/// A runtime spec, `name[@version]`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Runtime {
    pub name: String,
    pub version: Option<String>,
}

/// Runtimes services can name, and the versions each accepts (major versions).
const RUNTIMES: [(&str, &[&str]); 2] = [("bun", &["1"]), ("node", &["18", "20", "22", "24"])];

impl Runtime {
    pub fn parse(spec: &str) -> Result<Runtime, CliError> {
        let (name, version) = match spec.split_once('@') {
            Some((n, v)) => (n, Some(v.to_string())),
            None => (spec, None),
        };
        let Some((_, majors)) = RUNTIMES.iter().find(|(n, _)| *n == name) else {
            let known: Vec<&str> = RUNTIMES.iter().map(|(n, _)| *n).collect();
            return Err(invalid(format!("unknown runtime {name:?}: one of {}", known.join(", "))));
        };
        if let Some(v) = &version {
            let major = v.split('.').next().unwrap_or_default();
            if !v.split('.').all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit())) || !majors.contains(&major)
            {
                return Err(invalid(format!(
                    "{name}@{v}: supported versions are {}",
                    majors.iter().map(|m| format!("{m}.x")).collect::<Vec<_>>().join(", ")
                )));
            }
        }
        Ok(Runtime { name: name.to_string(), version })
    }

    /// The executable on this machine: bun from `$IGNITE_BUN`, PATH or the npm package
    /// scripts/setup.sh installs; node from PATH.
    pub fn locate(&self) -> Option<(PathBuf, String)> {
        let candidates: Vec<PathBuf> = match self.name.as_str() {
            "bun" => std::env::var_os("IGNITE_BUN").map(PathBuf::from).into_iter().chain(on_path("bun")).collect(),
            _ => on_path("node").into_iter().collect(),
        };
        candidates.into_iter().find_map(|path| {
            let out = std::process::Command::new(&path).arg("--version").output().ok()?;
            let version = String::from_utf8_lossy(&out.stdout).trim().trim_start_matches('v').to_string();
            (out.status.success() && !version.is_empty()).then_some((path, version))
        })
    }
}

fn on_path(name: &str) -> Option<PathBuf> {
    std::env::split_paths(&std::env::var_os("PATH")?).map(|d| d.join(name)).find(|p| p.is_file())
}

// ------------------------------------------------------------------ init

fn template(runtime: &Runtime, name: &str) -> (String, Vec<(&'static str, String)>) {
    let entry = if runtime.name == "bun" { "index.ts" } else { "index.js" };
    let handler = "// Reads the JSON input from stdin and writes the result to stdout.\n\
                   const text = await new Response(process.stdin).text().catch(() => \"\");\n"
        .to_string();
    let node_read = "// Reads the JSON input from stdin and writes the result to stdout.\n\
                     let text = \"\";\nfor await (const chunk of process.stdin) text += chunk;\n"
        .to_string();
    let body = "const input = text ? JSON.parse(text) : {};\n\
                console.log(JSON.stringify({ hello: input.name ?? \"world\" }));\n";
    let code = if runtime.name == "bun" { handler + body } else { node_read + body };
    let package =
        serde_json::json!({"name": name, "version": "0.1.0", "private": true, "type": "module", "dependencies": {}});
    (
        entry.to_string(),
        vec![(entry, code), ("package.json", serde_json::to_string_pretty(&package).expect("json") + "\n")],
    )
}

/// `ignite init`: writes a service scaffold; never overwrites a file.
pub fn init(name: &str, path: Option<PathBuf>, runtime: &str) -> Result<Vec<String>, CliError> {
    ignite_core::names::AppName::new(name).map_err(|e| invalid(format!("service name: {e}")))?;
    let runtime_spec = Runtime::parse(runtime)?;
    let dir = path.unwrap_or_else(|| PathBuf::from(name));
    std::fs::create_dir_all(&dir)?;
    let (entry, files) = template(&runtime_spec, name);
    let service = ServiceFile {
        service: ServiceSpec {
            name: name.to_string(),
            runtime: runtime.to_string(),
            entry,
            memory_mb: default_memory(),
            cpu_limit: default_cpu(),
            timeout_ms: default_timeout(),
            env: BTreeMap::from([("NODE_ENV".to_string(), "production".to_string())]),
        },
        preflight: PreflightThresholds::default(),
    };
    let yaml = serde_norway::to_string(&service).map_err(|e| invalid(e.to_string()))?;
    let mut written = Vec::new();
    for (file, contents) in std::iter::once((SERVICE_FILE, yaml)).chain(files) {
        let path = dir.join(file);
        if path.exists() {
            continue;
        }
        std::fs::write(&path, contents)?;
        written.push(path.display().to_string());
    }
    Ok(written)
}

// ------------------------------------------------------------------ preflight

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Pass,
    Info,
    Warn,
    Fail,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Check {
    pub name: String,
    pub status: Status,
    pub message: String,
    pub value: f64,
    pub threshold: f64,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Preflight {
    pub service_name: String,
    pub timestamp: String,
    pub checks: Vec<Check>,
    pub overall_status: String,
}

/// Bytes under `dir` (the service as it would ship).
fn size_of(dir: &Path) -> u64 {
    let mut total = 0;
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            match entry.file_type() {
                Ok(t) if t.is_dir() && entry.file_name() != ".git" => stack.push(entry.path()),
                Ok(t) if t.is_file() => total += entry.metadata().map(|m| m.len()).unwrap_or(0),
                _ => {}
            }
        }
    }
    total
}

pub fn preflight(service: &Service) -> Preflight {
    let spec = &service.file.service;
    let t = &service.file.preflight;
    let deps = service.dependencies().len();
    let mut checks = Vec::new();

    // Memory: the limit against an estimate of what the runtime and dependencies need.
    let estimate = t.memory.base_mb + t.memory.per_dependency_mb * deps as f64;
    let ratio = f64::from(spec.memory_mb) / estimate.max(1.0);
    let status = if ratio < t.memory.fail_ratio {
        Status::Fail
    } else if ratio < t.memory.warn_ratio {
        Status::Warn
    } else {
        Status::Pass
    };
    checks.push(Check {
        name: "memory".into(),
        status,
        message: format!(
            "limit {} MB for an estimated {estimate:.0} MB ({deps} dependencies): ratio {ratio:.2}",
            spec.memory_mb
        ),
        value: ratio,
        threshold: t.memory.fail_ratio,
    });

    // Dependencies: many slow installs and cold starts.
    let status = if deps > t.dependencies.warn_count {
        Status::Warn
    } else if deps > t.dependencies.info_count {
        Status::Info
    } else {
        Status::Pass
    };
    checks.push(Check {
        name: "dependencies".into(),
        status,
        message: format!("{deps} dependencies"),
        value: deps as f64,
        threshold: t.dependencies.warn_count as f64,
    });

    // Artifact size.
    let mb = size_of(&service.dir) as f64 / (1024.0 * 1024.0);
    let status = if mb > t.image.fail_mb {
        Status::Fail
    } else if mb > t.image.warn_mb {
        Status::Warn
    } else {
        Status::Pass
    };
    checks.push(Check {
        name: "image".into(),
        status,
        message: format!("{mb:.2} MB"),
        value: mb,
        threshold: t.image.fail_mb,
    });

    // Timeout: within bounds, with room for a cold start.
    let ms = spec.timeout_ms;
    let (status, message) = if ms < t.timeout.min_ms || ms > t.timeout.max_ms {
        (Status::Fail, format!("{ms} ms is outside [{}, {}] ms", t.timeout.min_ms, t.timeout.max_ms))
    } else if ms < t.timeout.min_ms + t.timeout.cold_start_buffer_ms {
        (Status::Warn, format!("{ms} ms leaves less than {} ms for a cold start", t.timeout.cold_start_buffer_ms))
    } else {
        (Status::Pass, format!("{ms} ms"))
    };
    checks.push(Check {
        name: "timeout".into(),
        status,
        message,
        value: ms as f64,
        threshold: t.timeout.max_ms as f64,
    });

    // The entry file must exist.
    let entry_ok = service.dir.join(&spec.entry).is_file();
    checks.push(Check {
        name: "entry".into(),
        status: if entry_ok { Status::Pass } else { Status::Fail },
        message: if entry_ok { spec.entry.clone() } else { format!("{} does not exist", spec.entry) },
        value: f64::from(u8::from(entry_ok)),
        threshold: 1.0,
    });

    let worst = checks.iter().map(|c| c.status.clone()).max().unwrap_or(Status::Pass);
    let overall = match worst {
        Status::Fail => "fail",
        Status::Warn => "warn",
        _ => "pass",
    };
    Preflight {
        service_name: spec.name.clone(),
        timestamp: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
        checks,
        overall_status: overall.into(),
    }
}

pub fn preflight_text(p: &Preflight) -> String {
    let mut out = format!("preflight of {}: {}\n", p.service_name, p.overall_status);
    for c in &p.checks {
        let status = serde_json::to_value(&c.status).expect("json").as_str().unwrap_or_default().to_string();
        out.push_str(&format!("  {status:<5} {:<13} {}\n", c.name, c.message));
    }
    out
}

// ------------------------------------------------------------------ lock

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LockFile {
    pub service: String,
    /// The runtime spec and the version installed when locked.
    pub runtime: String,
    pub runtime_version: String,
    /// Dependency name → sha256 of `name@range`, plus the entry file's hash.
    pub dependencies: BTreeMap<String, String>,
    pub entry_sha256: String,
}

pub fn lock_of(service: &Service) -> Result<LockFile, CliError> {
    let spec = &service.file.service;
    let runtime = Runtime::parse(&spec.runtime)?;
    let runtime_version = runtime.locate().map(|(_, v)| v).unwrap_or_else(|| "not installed".into());
    let dependencies = service
        .dependencies()
        .into_iter()
        .map(|(name, range)| {
            let hash = hex::encode(Sha256::digest(format!("{name}@{range}").as_bytes()));
            (name, format!("sha256:{hash}"))
        })
        .collect();
    let entry = std::fs::read(service.dir.join(&spec.entry)).unwrap_or_default();
    Ok(LockFile {
        service: spec.name.clone(),
        runtime: spec.runtime.clone(),
        runtime_version,
        dependencies,
        entry_sha256: format!("sha256:{}", hex::encode(Sha256::digest(&entry))),
    })
}

/// `ignite lock`: write (first time or `--update`) or `--check` the lock file.
pub fn lock(service: &Service, update: bool, check: bool) -> Result<String, CliError> {
    let path = service.dir.join(LOCK_FILE);
    let current = lock_of(service)?;
    let existing: Option<LockFile> = std::fs::read_to_string(&path).ok().and_then(|t| serde_json::from_str(&t).ok());
    if check {
        return match existing {
            None => Err(CliError {
                code: Code::FailedPrecondition,
                message: format!("{} is missing: run `ignite lock`", path.display()),
            }),
            Some(e) if e == current => Ok(format!("{} is up to date", path.display())),
            Some(e) => {
                let mut drift = Vec::new();
                if e.runtime != current.runtime || e.runtime_version != current.runtime_version {
                    drift.push(format!(
                        "runtime {}@{} → {}@{}",
                        e.runtime, e.runtime_version, current.runtime, current.runtime_version
                    ));
                }
                if e.dependencies != current.dependencies {
                    drift.push("dependencies changed".into());
                }
                if e.entry_sha256 != current.entry_sha256 {
                    drift.push("the entry file changed".into());
                }
                Err(CliError {
                    code: Code::FailedPrecondition,
                    message: format!("{} is out of date: {}", path.display(), drift.join("; ")),
                })
            }
        };
    }
    if existing.is_some() && !update {
        return Ok(format!("{} exists (use --update to rewrite it, --check to verify it)", path.display()));
    }
    std::fs::write(&path, serde_json::to_string_pretty(&current).expect("json") + "\n")?;
    Ok(format!(
        "wrote {} ({} {}, {} dependencies)",
        path.display(),
        current.runtime,
        current.runtime_version,
        current.dependencies.len()
    ))
}

// ------------------------------------------------------------------ env

pub fn runtimes() -> Vec<serde_json::Value> {
    RUNTIMES
        .iter()
        .map(|(name, majors)| {
            let rt = Runtime { name: name.to_string(), version: None };
            let found = rt.locate();
            serde_json::json!({
                "name": name,
                "supportedVersions": majors.iter().map(|m| format!("{m}.x")).collect::<Vec<_>>(),
                "installed": found.as_ref().map(|(_, v)| v.clone()),
                "path": found.as_ref().map(|(p, _)| p.display().to_string()),
            })
        })
        .collect()
}

pub fn env_of(service: &Service) -> serde_json::Value {
    let spec = &service.file.service;
    let runtime = Runtime::parse(&spec.runtime).ok();
    let found = runtime.as_ref().and_then(Runtime::locate);
    serde_json::json!({
        "serviceName": spec.name,
        "path": service.dir.display().to_string(),
        "runtime": spec.runtime,
        "runtimeInstalled": found.as_ref().map(|(_, v)| v.clone()),
        "entry": spec.entry,
        "memoryMb": spec.memory_mb,
        "cpuLimit": spec.cpu_limit,
        "timeoutMs": spec.timeout_ms,
        "env": spec.env,
        "dependencies": service.dependencies(),
    })
}

// ------------------------------------------------------------------ run

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Metrics {
    pub execution_time_ms: u64,
    pub memory_usage_mb: f64,
    pub cold_start: bool,
    pub exit_code: i32,
    pub stdout: String,
    pub stderr: String,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RunResult {
    pub success: bool,
    pub service_name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metrics: Option<Metrics>,
    pub preflight: Preflight,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub security_audit: Option<AuditReport>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

/// Policy files looked for in a service directory, in this order (docs/local.md).
pub const POLICY_FILES: [&str; 4] =
    ["ignite.policy.yaml", "ignite.policy.yml", ".ignite-policy.yaml", ".ignite-policy.yml"];

/// The service's audit policy: the first policy file present, else the default (no
/// network, read-only filesystem, no spawning).
pub fn load_policy(dir: &Path) -> Result<AuditPolicy, CliError> {
    let Some(path) = POLICY_FILES.iter().map(|name| dir.join(name)).find(|p| p.is_file()) else {
        return Ok(AuditPolicy::default());
    };
    let text = std::fs::read_to_string(&path).map_err(|e| invalid(format!("{}: {e}", path.display())))?;
    if text.trim().is_empty() {
        return Ok(AuditPolicy::default());
    }
    serde_norway::from_str(&text).map_err(|e| invalid(format!("{}: {e}", path.display())))
}

/// How `ignite run` (and `serve`'s execute) runs a service.
#[derive(Debug, Default)]
pub struct RunOptions<'a> {
    pub input: &'a str,
    pub runtime_override: Option<&'a str>,
    pub skip_preflight: bool,
    /// Observe and police the service's system calls (see `ignite_runtime::audit`).
    pub audit: bool,
}

/// Peak resident memory of this process's waited-for descendants, in MB.
fn children_peak_mb() -> f64 {
    // SAFETY: getrusage fills the struct it is given.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage) };
    usage.ru_maxrss as f64 / 1024.0
}

/// `ignite run`: preflight (blocking on fail unless `skip_preflight`), then one
/// execution of the service in the sandbox (namespaces, no network, its memory and CPU
/// limits, its timeout) with `input` on stdin; stdout, stderr, exit code, time and peak
/// memory are measured.
pub async fn run(service: &Service, options: &RunOptions<'_>) -> RunResult {
    let RunOptions { input, runtime_override, skip_preflight, audit } = *options;
    let spec = &service.file.service;
    let preflight = preflight(service);
    let fail = |preflight: Preflight, error: String| RunResult {
        success: false,
        service_name: spec.name.clone(),
        metrics: None,
        preflight,
        security_audit: None,
        error: Some(error),
    };
    let policy = match audit.then(|| load_policy(&service.dir)).transpose() {
        Ok(p) => p,
        Err(e) => return fail(preflight, e.message),
    };
    if preflight.overall_status == "fail" && !skip_preflight {
        return fail(preflight, "preflight failed (see its checks; --skip-preflight runs anyway)".into());
    }
    let runtime = match Runtime::parse(runtime_override.unwrap_or(&spec.runtime)) {
        Ok(r) => r,
        Err(e) => return fail(preflight, e.message),
    };
    let Some((exe, version)) = runtime.locate() else {
        return fail(preflight, format!("{} is not installed (see `ignite env --runtimes`)", runtime.name));
    };
    if let Some(wanted) = &runtime.version
        && version.split('.').next() != wanted.split('.').next()
    {
        return fail(preflight, format!("{}@{wanted} is requested but {version} is installed", runtime.name));
    }
    let exe = exe.canonicalize().unwrap_or(exe);
    let sandbox = ignite_runtime::sandbox::Sandbox::detect();
    let dir = service.dir.canonicalize().unwrap_or_else(|_| service.dir.clone());
    let exe_dir = exe.parent().expect("an executable has a directory").to_path_buf();
    let mut env: Vec<(String, String)> = spec.env.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
    env.extend([
        ("PATH".to_string(), format!("{}:/usr/local/bin:/usr/bin:/bin", exe_dir.display())),
        ("HOME".to_string(), "/tmp".to_string()),
        ("IGNITE_INPUT".to_string(), input.to_string()),
    ]);
    let mut sandbox_spec = ignite_runtime::sandbox::SandboxSpec {
        app_dir: dir.clone(),
        ro_binds: vec![(exe_dir.clone(), exe_dir.clone())],
        // The audit (when on) observes and polices sockets itself.
        loopback_sockets: true,
        env,
        ..Default::default()
    };
    let entry =
        if sandbox.isolates() { format!("/app/{}", spec.entry) } else { dir.join(&spec.entry).display().to_string() };
    let mut args: Vec<&str> = Vec::new();
    if runtime.name == "bun" {
        args.push("run");
    }
    args.push(&entry);
    // Audited: this binary, mounted in the sandbox, starts the service under the
    // seccomp filter; the policy also opens the sandbox where it allows more.
    let shim = match std::env::current_exe() {
        Ok(path) => path,
        Err(e) => return fail(preflight, format!("cannot find the ignite binary for the audit: {e}")),
    };
    let shim_inside = if sandbox.isolates() { PathBuf::from("/run/ignite/ignite") } else { shim.clone() };
    let exe_arg = exe.display().to_string();
    let mut cmd = match &policy {
        Some(policy) => {
            // The developer's own code on their machine: the host's network when allowed.
            sandbox_spec.network = if policy.network.enabled {
                ignite_runtime::sandbox::Network::Host
            } else {
                ignite_runtime::sandbox::Network::Isolated
            };
            sandbox_spec.writable_app = !policy.filesystem.read_only;
            if sandbox.isolates() {
                sandbox_spec.ro_binds.push((shim.clone(), shim_inside.clone()));
            }
            sandbox.command(&sandbox_spec, &shim_inside, &AuditSession::shim_args(&exe_arg, &args))
        }
        None => sandbox.command(&sandbox_spec, &exe, &args),
    };
    let session = match policy.map(AuditSession::new).transpose() {
        Ok(s) => s,
        Err(e) => return fail(preflight, format!("cannot start the audit: {e}")),
    };
    if let Some(session) = &session
        && let Err(e) = session.pass_to(&mut cmd)
    {
        return fail(preflight, format!("cannot start the audit: {e}"));
    }
    let limits = ignite_core::resources::ResourceLimits {
        memory_mb: spec.memory_mb,
        cpu_millicores: (spec.cpu_limit * 1000.0) as u32,
        timeout_secs: 0,
    };
    let cgroup = sandbox.cgroups().and_then(|c| c.create("local-run", &limits, 256).ok());
    if let Some(cg) = &cgroup {
        let _ = cmd.join_cgroup(cg);
    }
    cmd.piped_stdin();
    let started = std::time::Instant::now();
    let mut child = match cmd.spawn().await {
        Ok(c) => c.child,
        Err(e) => return fail(preflight, format!("cannot start {}: {e}", exe.display())),
    };
    let supervisor = session.map(AuditSession::start);
    if let Some(mut stdin) = child.stdin.take() {
        use tokio::io::AsyncWriteExt;
        let _ = stdin.write_all(input.as_bytes()).await;
    }
    let waited =
        tokio::time::timeout(std::time::Duration::from_millis(spec.timeout_ms), child.wait_with_output()).await;
    let elapsed = started.elapsed();
    let output = match waited {
        Ok(Ok(out)) => out,
        Ok(Err(e)) => return fail(preflight, e.to_string()),
        Err(_) => {
            if let Some(cg) = &cgroup {
                cg.kill_all();
            }
            let mut result =
                fail(preflight, format!("the service ran past its {} ms timeout and was killed", spec.timeout_ms));
            result.security_audit = finish_audit(supervisor).await;
            return result;
        }
    };
    let security_audit = finish_audit(supervisor).await;
    let oom = cgroup.as_ref().is_some_and(|c| c.oom_kills() > 0);
    let exit_code = output.status.code().unwrap_or(-1);
    let metrics = Metrics {
        execution_time_ms: elapsed.as_millis() as u64,
        memory_usage_mb: (children_peak_mb() * 10.0).round() / 10.0,
        cold_start: true,
        exit_code,
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    };
    let error = if oom {
        Some(format!("the service exceeded its {} MB memory limit and was killed", spec.memory_mb))
    } else if exit_code != 0 {
        Some(format!("the service exited with code {exit_code}"))
    } else {
        None
    };
    RunResult {
        success: error.is_none(),
        service_name: spec.name.clone(),
        metrics: Some(metrics),
        preflight,
        security_audit,
        error,
    }
}

/// The audit's report, once every audited process is gone.
async fn finish_audit(supervisor: Option<AuditSupervisor>) -> Option<AuditReport> {
    let supervisor = supervisor?;
    tokio::task::spawn_blocking(move || supervisor.finish()).await.ok()
}

/// The audit for a terminal: the summary, then the blocked and write/network/process
/// events (reads are many and only in the JSON).
pub fn audit_text(audit: &AuditReport) -> String {
    let s = &audit.summary;
    let mut out = format!(
        "security audit: {} — network {} ({} blocked), files read {}, written {} ({} blocked), processes {} ({} blocked)\n",
        s.overall_status,
        s.network_attempts,
        s.network_blocked,
        s.filesystem_reads,
        s.filesystem_writes,
        s.filesystem_blocked,
        s.process_spawns,
        s.process_blocked
    );
    for e in audit.events.iter().filter(|e| e.operation != "read") {
        let verdict = if e.blocked { "BLOCKED" } else { "allowed" };
        let kind = serde_json::to_value(e.kind).expect("json");
        out.push_str(&format!("  {verdict} {} {} {}\n", kind.as_str().unwrap_or_default(), e.operation, e.target));
    }
    if let Some(error) = &audit.error {
        out.push_str(&format!("  audit error: {error}\n"));
    }
    out
}
