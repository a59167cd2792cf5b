//! Builds of compile-source runtimes: Rust (native and wasm), Go and Deno.
//!
//! Every build runs its toolchain in the process sandbox (see `sandbox.rs`) with the
//! network (package registries), its own cgroup, and these writable places only: the
//! unpacked project at `/app` and the shared caches of its toolchain. The caches make a
//! second build of a similar project take seconds:
//!
//! | runtime | cache (one per organization) |
//! |---|---|
//! | Rust native | cargo home (registry) and a target directory |
//! | Rust wasm | as native, plus a vendored copy of the locked dependencies per build |
//! | Go | `GOCACHE` and the module cache |
//! | Deno | `DENO_DIR` |
//!
//! Every cache is per organization: one tenant's build scripts never write where
//! another tenant's code is fetched or compiled. Builds of one organization and
//! toolchain take turns on their target directory. Builds reach the network only through
//! their egress proxy, which lets them reach the package registries and nothing else.
//!
//! The guest SDKs (`sdk/`) are shipped inside the server binary and written to the
//! cache directory at start; builds see them read-only at `/sdk`.
//!
//! A build is cancelled by dropping its future: the sandbox (bubblewrap with
//! `--die-with-parent`, and the build's cgroup) takes every process of it down.

mod deno;
mod go;
mod rust;
mod sdk;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use ignite_core::resources::ResourceLimits;
use ignite_core::runtime::{Artifact, BuildLog, BuildRequest, CodeSpec, RuntimeError};

use crate::lines::CappedLines;
use crate::sandbox::{Cgroup, Network, Sandbox, SandboxCommand, SandboxSpec};

pub use deno::DENO_ENTRY_FILE;

/// Processes a build may have at once (cargo and rustc are many).
const BUILD_PIDS_MAX: u32 = 1024;
/// Memory of one build.
const BUILD_MEMORY_MB: u32 = 4096;
/// Lines of a tool's stdout a build keeps to read (cargo's messages, a commit id).
const MAX_CAPTURED_LINES: usize = 100_000;
/// How much of a failed build's output goes into the error message.
const ERROR_MESSAGE_MAX: usize = 4000;

/// The toolchains found on this machine.
#[derive(Debug, Clone, Default)]
pub struct Toolchains {
    /// The Rust sysroot whose `bin/` has `cargo` and `rustc` (native builds; also the
    /// dependency resolver of wasm builds).
    pub rust_sysroot: Option<PathBuf>,
    /// `rustc --version` of that sysroot, e.g. `1.95.0`.
    pub rust_version: String,
    /// A rustc with the `wasm32-wasi` standard library (Debian's `/usr/bin/rustc`) and
    /// the cargo that goes with it.
    pub wasm_rustc: Option<PathBuf>,
    pub wasm_cargo: Option<PathBuf>,
    /// GOROOT.
    pub go_root: Option<PathBuf>,
    /// The `deno` executable.
    pub deno: Option<PathBuf>,
}

async fn output_of(program: &Path, args: &[&str]) -> Option<String> {
    let out = tokio::process::Command::new(program).args(args).output().await.ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

impl Toolchains {
    /// Looks for each toolchain: `rustc` and `go` on PATH, Debian's wasm rustc, and
    /// `deno` from `$IGNITE_DENO` or PATH.
    pub async fn detect() -> Toolchains {
        let mut t = Toolchains::default();
        if let Some(sysroot) = output_of(Path::new("rustc"), &["--print", "sysroot"]).await {
            let sysroot = PathBuf::from(sysroot);
            if sysroot.join("bin/cargo").exists() {
                t.rust_version = output_of(&sysroot.join("bin/rustc"), &["--version"])
                    .await
                    .and_then(|v| v.split_whitespace().nth(1).map(str::to_string))
                    .unwrap_or_default();
                t.rust_sysroot = Some(sysroot);
            }
        }
        let debian_rustc = PathBuf::from("/usr/bin/rustc");
        if Path::new("/usr/lib/rustlib/wasm32-wasi/lib").exists() && debian_rustc.exists() {
            t.wasm_rustc = Some(debian_rustc);
            t.wasm_cargo = Some(PathBuf::from("/usr/bin/cargo")).filter(|p| p.exists());
        }
        if let Some(root) = output_of(Path::new("go"), &["env", "GOROOT"]).await {
            t.go_root = Some(PathBuf::from(root)).filter(|r| r.join("bin/go").exists());
        }
        let deno = std::env::var_os("IGNITE_DENO").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("deno"));
        if output_of(&deno, &["--version"]).await.is_some() {
            t.deno = which(&deno).and_then(|p| p.canonicalize().ok());
        }
        for (name, found) in [
            ("rust", t.rust_sysroot.is_some()),
            ("rust wasm (Debian rustc + wasm32-wasi)", t.wasm_rustc.is_some() && t.wasm_cargo.is_some()),
            ("go", t.go_root.is_some()),
            ("deno", t.deno.is_some()),
        ] {
            if found {
                tracing::info!(toolchain = name, "build toolchain found");
            } else {
                tracing::warn!(toolchain = name, "build toolchain not found: builds of this runtime fail");
            }
        }
        t
    }
}

/// `program` resolved through PATH when it has no slash.
pub(crate) fn which(program: &Path) -> Option<PathBuf> {
    if program.components().count() > 1 {
        return Some(program.to_path_buf());
    }
    std::env::split_paths(&std::env::var_os("PATH")?).map(|d| d.join(program)).find(|p| p.is_file())
}

/// Builds compile-source code; one per process.
pub struct Builder {
    work_dir: PathBuf,
    sandbox: Arc<Sandbox>,
    toolchains: Toolchains,
    sdk_dir: PathBuf,
    /// One lock per shared target directory.
    dir_locks: std::sync::Mutex<HashMap<PathBuf, Arc<tokio::sync::Mutex<()>>>>,
}

impl Builder {
    /// Writes the SDKs under `work_dir/sdk`.
    pub fn new(work_dir: impl Into<PathBuf>, sandbox: Arc<Sandbox>, toolchains: Toolchains) -> std::io::Result<Self> {
        let work_dir = work_dir.into();
        let sdk_dir = work_dir.join("sdk");
        sdk::write_all(&sdk_dir)?;
        Ok(Builder { work_dir, sandbox, toolchains, sdk_dir, dir_locks: Default::default() })
    }

    pub fn toolchains(&self) -> &Toolchains {
        &self.toolchains
    }

    /// Builds `request`; the caller bounds its time (`request.timeout`) and
    /// cancels it by dropping the future.
    pub async fn build(&self, request: &BuildRequest) -> Result<Artifact, RuntimeError> {
        let dir = self.work_dir.join("builds").join(uuid::Uuid::new_v4().simple().to_string());
        let result = match &request.spec {
            CodeSpec::Rust { wasm: false, toolchain_version } => {
                rust::build_native(self, request, &dir, toolchain_version).await
            }
            CodeSpec::Rust { wasm: true, .. } => rust::build_wasm(self, request, &dir).await,
            CodeSpec::Go { .. } => go::build(self, request, &dir).await,
            CodeSpec::Deno { .. } => deno::build(self, request, &dir).await,
            other => Err(RuntimeError::Unsupported(format!("no compile step for {}", other.kind()))),
        };
        let cleanup = dir.clone();
        let _ = tokio::task::spawn_blocking(move || std::fs::remove_dir_all(cleanup)).await;
        result
    }

    /// Compiles the Go program in `project` (writable) into a static binary: images
    /// built from code without a Dockerfile.
    pub async fn go_static_binary(
        &self,
        log: &dyn BuildLog,
        project: &Path,
        org: &str,
    ) -> Result<Vec<u8>, RuntimeError> {
        go::static_binary(self, log, project, org, false).await
    }

    /// A cache directory of organization `org`, created on first use. Caches are never
    /// shared between organizations: a build script of one must not change what
    /// another's build reads (a crate in a registry cache, an object in a build cache).
    fn cache(&self, org: &str, parts: &[&str]) -> std::io::Result<PathBuf> {
        let mut dir = self.work_dir.join("cache").join(org);
        for p in parts {
            dir.push(p);
        }
        std::fs::create_dir_all(&dir)?;
        Ok(dir)
    }

    /// The lock that serializes builds using `dir`.
    fn dir_lock(&self, dir: &Path) -> Arc<tokio::sync::Mutex<()>> {
        self.dir_locks.lock().expect("dir locks").entry(dir.to_path_buf()).or_default().clone()
    }

    /// Where `host` appears inside the build sandbox: `inside`, or the host path itself
    /// when there is no namespace sandbox.
    fn place(&self, host: &Path, inside: &str) -> PathBuf {
        if self.sandbox.isolates() { PathBuf::from(inside) } else { host.to_path_buf() }
    }

    /// Runs `program args` in the build sandbox over `mounts`, every output line going to
    /// the log. Returns stdout's lines when `capture_stdout` (they are not logged then).
    async fn run(
        &self,
        log: &dyn BuildLog,
        step: &BuildStep<'_>,
        program: &Path,
        args: &[&str],
        capture_stdout: bool,
    ) -> Result<Vec<String>, RuntimeError> {
        let spec = SandboxSpec {
            app_dir: step.project.to_path_buf(),
            writable_app: true,
            ro_binds: step.ro_binds.clone(),
            rw_binds: step.rw_binds.clone(),
            network: Network::Proxy { policy: self.sandbox.egress().builds(), log: None },
            env: step.env.clone(),
            ..Default::default()
        };
        let cmd = self.sandbox.command(&spec, program, args);
        let name = program.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        run_logged(&self.sandbox, cmd, &name, log, capture_stdout).await
    }
}

/// Runs a prepared build command in a build cgroup (when there are cgroups), every output
/// line going to the log; returns stdout's lines when `capture_stdout` (they are not
/// logged then). A failure is a [`RuntimeError::BuildFailed`] that quotes what `tool`
/// printed. Dropping the future kills the command and all it started.
pub(crate) async fn run_logged(
    sandbox: &Sandbox,
    mut cmd: SandboxCommand,
    tool: &str,
    log: &dyn BuildLog,
    capture_stdout: bool,
) -> Result<Vec<String>, RuntimeError> {
    let cgroup: Option<Cgroup> = match sandbox.cgroups() {
        Some(cgroups) => {
            let limits = ResourceLimits { memory_mb: BUILD_MEMORY_MB, cpu_millicores: 0, timeout_secs: 0 };
            let cg = cgroups.create("build", &limits, BUILD_PIDS_MAX)?;
            cmd.join_cgroup(&cg)?;
            Some(cg)
        }
        None => None,
    };
    let mut process = cmd.spawn().await.map_err(|e| RuntimeError::Io(format!("cannot start {tool}: {e}")))?;
    let child = &mut process.child;
    // Kills what is left of the build if this future is dropped (timeout, cancel).
    let _guard = KillOnDrop(cgroup);
    let stdout = child.stdout.take().expect("piped");
    let stderr = child.stderr.take().expect("piped");
    let mut err_lines = CappedLines::new(stderr);
    let mut out_lines = CappedLines::new(stdout);
    let mut captured = Vec::new();
    let mut stderr_text = String::new();
    let (mut out_open, mut err_open) = (true, true);
    while out_open || err_open {
        tokio::select! {
            line = out_lines.next_line(), if out_open => match line {
                // What a tool says on stdout for the build to read (cargo's messages):
                // kept, up to a bound.
                Some(line) if capture_stdout && captured.len() < MAX_CAPTURED_LINES => captured.push(line),
                Some(_) if capture_stdout => {}
                Some(line) => log.write(format!("{line}\n").as_bytes()),
                None => out_open = false,
            },
            line = err_lines.next_line(), if err_open => match line {
                Some(line) => {
                    log.write(format!("{line}\n").as_bytes());
                    if stderr_text.len() < 64 * 1024 {
                        stderr_text.push_str(&line);
                        stderr_text.push('\n');
                    }
                }
                None => err_open = false,
            },
        }
    }
    let status = child.wait().await?;
    if status.success() {
        return Ok(captured);
    }
    Err(RuntimeError::BuildFailed(compiler_message(tool, &stderr_text, &captured)))
}

/// The parts of a failed tool's output that say why: from the first `error` line on
/// (compilers), else the last lines; bounded.
fn compiler_message(tool: &str, stderr: &str, stdout: &[String]) -> String {
    let text = if stderr.trim().is_empty() { stdout.join("\n") } else { stderr.to_string() };
    let lines: Vec<&str> = text.lines().collect();
    let start = lines
        .iter()
        .position(|l| {
            let l = l.trim_start();
            l.starts_with("error") || l.contains(": error") || l.starts_with("TS") || l.contains("error:")
        })
        .unwrap_or_else(|| lines.len().saturating_sub(20));
    let mut message = format!("{tool} failed:\n{}", lines[start..].join("\n"));
    if message.len() > ERROR_MESSAGE_MAX {
        let mut end = ERROR_MESSAGE_MAX;
        while !message.is_char_boundary(end) {
            end -= 1;
        }
        message.truncate(end);
        message.push_str("\n...");
    }
    message
}

struct KillOnDrop(Option<Cgroup>);

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        if let Some(cg) = &self.0 {
            cg.kill_all();
        }
    }
}

/// What one build command sees.
struct BuildStep<'a> {
    /// The project, writable, at `/app`.
    project: &'a Path,
    ro_binds: Vec<(PathBuf, PathBuf)>,
    rw_binds: Vec<(PathBuf, PathBuf)>,
    env: Vec<(String, String)>,
}

fn base_env(path: &str) -> Vec<(String, String)> {
    vec![
        ("PATH".into(), path.into()),
        ("HOME".into(), "/tmp".into()),
        ("LANG".into(), "C.UTF-8".into()),
        ("NO_COLOR".into(), "1".into()),
    ]
}

/// Unpacks the upload into `dir/` (a single file becomes `single_file_name`). Files are
/// dated now, not as the archive says: archives carry old (often zero) times, and a
/// build tool with a shared cache (cargo) would take an older source for one it built.
fn unpack(request: &BuildRequest, dir: &Path, single_file_name: &str) -> Result<(), RuntimeError> {
    crate::archive::unpack(&request.source, dir, single_file_name)
}

/// Reads a file a build wrote under `dir` (links followed only within `dir`: a build
/// that leaves a link to a host file in its output gets an error, not the file).
pub(crate) fn read_output(dir: &Path, name: &Path) -> Result<Vec<u8>, RuntimeError> {
    crate::confined::Root::open(dir)?
        .read(name, crate::archive::Limits::CODE.max_bytes)
        .map_err(|e| RuntimeError::BuildFailed(format!("reading the build's output: {e}")))
}

/// A build log nobody reads.
pub(crate) struct NoLog;

impl BuildLog for NoLog {
    fn write(&self, _: &[u8]) {}
}

pub(crate) fn say(log: &dyn BuildLog, text: impl AsRef<str>) {
    log.write(format!("{}\n", text.as_ref()).as_bytes());
}

fn missing(toolchain: &str, hint: &str) -> RuntimeError {
    RuntimeError::BuildFailed(format!("the {toolchain} toolchain is not installed on this server ({hint})"))
}
