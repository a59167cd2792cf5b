//! The Python runtime: `handler.py` with `def handler(payload: bytes, ctx: dict)`.
//!
//! * **build / prepare**: the upload (a single file or an archive with `handler.py` at
//!   its root) is unpacked once per code hash; `requirements.txt` is installed once per
//!   requirements hash into a cached environment (pip, output in the build log).
//! * **zygote**: per loaded version, a sandboxed interpreter imports the runner and the
//!   handler, then forks a worker per replica on request (file descriptors travel by
//!   SCM_RIGHTS), so a cold start is a fork, not an interpreter start. One spare worker
//!   is kept forked ahead, already in its cgroup, so a cold start takes it (no fork,
//!   no cgroup move on the call's path). The zygote and its spare exit after
//!   `zygote_idle` without replicas, so a version scaled to zero keeps no process.
//! * **workers**: long-lived forked processes serving calls over the worker protocol,
//!   up to `max_concurrency` at once (threads); each in its own cgroup (memory, pids,
//!   CPU). A call past the app's timeout kills its worker.

use std::collections::HashMap;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, Weak};
use std::time::Duration;

use async_trait::async_trait;
use ignite_core::runtime::{
    Artifact, BuildLog, BuildRequest, CodeSpec, Instance, LoadedVersion, Runtime, RuntimeError, RuntimeKind,
    VersionSpec,
};
use sha2::{Digest, Sha256};
use tokio::sync::Notify;

use crate::protocol;
use crate::sandbox::{Cgroup, DEFAULT_PIDS_MAX, Network, Sandbox, SandboxChild, SandboxSpec};
use crate::worker::{self, ProcessWorker, WorkerOwner, WorkerPids};

const RUNNER: &str = include_str!("runner.py");
/// Exit reports of the zygote kept until a replica claims them.
const MAX_UNCLAIMED_EXITS: usize = 1024;

#[derive(Clone)]
pub struct PythonConfig {
    /// Unpacked apps, dependency environments and the runner live here.
    pub work_dir: PathBuf,
    /// The interpreter; default: the real executable behind `python3` on PATH.
    pub interpreter: Option<PathBuf>,
    /// How long a zygote outlives its last replica.
    pub zygote_idle: Duration,
    pub sandbox: Arc<Sandbox>,
}

impl PythonConfig {
    pub fn new(work_dir: impl Into<PathBuf>, sandbox: Arc<Sandbox>) -> Self {
        PythonConfig { work_dir: work_dir.into(), interpreter: None, zygote_idle: Duration::from_secs(300), sandbox }
    }
}

pub struct PythonRuntime {
    python: PathBuf,
    prefix: PathBuf,
    work_dir: PathBuf,
    runner_dir: PathBuf,
    sandbox: Arc<Sandbox>,
    zygote_idle: Duration,
    /// Serializes unpacking and installs of the same code.
    prepare_lock: tokio::sync::Mutex<()>,
}

fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// What `prepare` produced.
struct Prepared {
    app_dir: PathBuf,
    deps_dir: Option<PathBuf>,
    requirements_hash: Option<String>,
}

impl PythonRuntime {
    /// Resolves the interpreter once (the `python3` on PATH may be a slow shell shim)
    /// and writes the runner.
    pub async fn new(config: PythonConfig) -> anyhow::Result<Self> {
        let probe = config.interpreter.clone().unwrap_or_else(|| PathBuf::from("python3"));
        let out = tokio::process::Command::new(&probe)
            .args(["-c", "import sys; print(sys.executable); print(sys.base_prefix)"])
            .output()
            .await
            .map_err(|e| anyhow::anyhow!("cannot run {}: {e}", probe.display()))?;
        anyhow::ensure!(out.status.success(), "{} failed: {}", probe.display(), String::from_utf8_lossy(&out.stderr));
        let text = String::from_utf8(out.stdout)?;
        let mut lines = text.lines();
        let python = PathBuf::from(lines.next().unwrap_or_default());
        let prefix = PathBuf::from(lines.next().unwrap_or_default());
        let runner_dir = config.work_dir.join("runner");
        std::fs::create_dir_all(&runner_dir)?;
        std::fs::write(runner_dir.join("runner.py"), RUNNER)?;
        tracing::info!(python = %python.display(), sandbox = config.sandbox.report(), "python runtime ready");
        Ok(PythonRuntime {
            python,
            prefix,
            work_dir: config.work_dir,
            runner_dir,
            sandbox: config.sandbox,
            zygote_idle: config.zygote_idle,
            prepare_lock: tokio::sync::Mutex::new(()),
        })
    }

    /// The interpreter in use.
    pub fn interpreter(&self) -> &Path {
        &self.python
    }

    /// A sandbox for the interpreter over `app_dir`: what `prepare` runs (the syntax
    /// check, pip) sees the code read-only, writes only `rw_binds`.
    fn tool_spec(&self, app_dir: &Path, rw_binds: Vec<(PathBuf, PathBuf)>, network: Network) -> SandboxSpec {
        SandboxSpec {
            app_dir: app_dir.to_path_buf(),
            ro_binds: interpreter_binds(&self.python, &self.prefix),
            rw_binds,
            network,
            env: vec![
                ("PATH".into(), "/usr/local/bin:/usr/bin:/bin".into()),
                ("HOME".into(), "/tmp".into()),
                ("LANG".into(), "C.UTF-8".into()),
                ("PIP_DISABLE_PIP_VERSION_CHECK".into(), "1".into()),
                ("PIP_NO_INPUT".into(), "1".into()),
                ("PIP_NO_CACHE_DIR".into(), "1".into()),
            ],
            ..Default::default()
        }
    }

    /// Unpacks the code once per code hash (syntax-checked in the sandbox) and installs
    /// `requirements.txt` once per organization and requirements hash, with pip in the
    /// sandbox: it reaches the package registries through the build proxy and writes
    /// only the new environment.
    async fn prepare(
        &self,
        source: &[u8],
        org: &str,
        build_log: Option<Arc<dyn BuildLog>>,
    ) -> Result<Prepared, RuntimeError> {
        let _guard = self.prepare_lock.lock().await;
        let quiet = crate::build::NoLog;
        let log: &dyn BuildLog = build_log.as_deref().unwrap_or(&quiet);
        let say = |text: String| log.write(text.as_bytes());
        let isolated = self.sandbox.isolates();
        let inside = |host: &Path, at: &str| if isolated { PathBuf::from(at) } else { host.to_path_buf() };
        let app_dir = self.work_dir.join("apps").join(sha256_hex(source));
        if !app_dir.join("handler.py").exists() {
            let tmp = self.work_dir.join("apps").join(format!("tmp-{}", uuid::Uuid::new_v4().simple()));
            let unpacked =
                crate::archive::unpack(source, &tmp, RuntimeKind::Python.single_file_name()).and_then(|()| {
                    if tmp.join("handler.py").is_file() {
                        Ok(())
                    } else {
                        Err(RuntimeError::BuildFailed("handler.py must be at the root of the upload".into()))
                    }
                });
            if let Err(e) = unpacked {
                let _ = std::fs::remove_dir_all(&tmp);
                return Err(e);
            }
            let handler = inside(&tmp, "/app").join("handler.py").display().to_string();
            let check = "import ast, sys; ast.parse(open(sys.argv[1], 'rb').read(), 'handler.py')";
            let cmd = self.sandbox.command(
                &self.tool_spec(&tmp, vec![], Network::Isolated),
                &self.python,
                &["-I", "-c", check, &handler],
            );
            if let Err(e) = crate::build::run_logged(&self.sandbox, cmd, "python", log, false).await {
                let _ = std::fs::remove_dir_all(&tmp);
                return Err(e);
            }
            std::fs::rename(&tmp, &app_dir).or_else(|e| if app_dir.exists() { Ok(()) } else { Err(e) })?;
            say(format!("unpacked {} bytes of code\n", source.len()));
        }
        let requirements =
            crate::confined::Root::open(&app_dir)?.read(Path::new("requirements.txt"), 1 << 20).unwrap_or_default();
        if requirements.iter().all(u8::is_ascii_whitespace) {
            return Ok(Prepared { app_dir, deps_dir: None, requirements_hash: None });
        }
        let hash = sha256_hex(&requirements);
        // Per organization: a requirements file may name a path of its upload, so the
        // same file can mean other code in another organization.
        let envs = self.work_dir.join("envs").join(org);
        let deps_dir = envs.join(&hash);
        if deps_dir.exists() {
            say(format!("requirements {hash}: cached environment\n"));
        } else {
            say(format!("requirements {hash}: installing\n"));
            let tmp = envs.join(format!("tmp-{}", uuid::Uuid::new_v4().simple()));
            std::fs::create_dir_all(&tmp)?;
            // pip writes into local packages it builds (egg-info): it gets a copy of the
            // code, never the shared unpacked one.
            let scratch = envs.join(format!("src-{}", uuid::Uuid::new_v4().simple()));
            let (from, to) = (app_dir.clone(), scratch.clone());
            crate::blocking(move || crate::copy_tree(&from, &to)).await?;
            let network = Network::Proxy { policy: self.sandbox.egress().builds(), log: build_log.clone() };
            let mut spec = self.tool_spec(&scratch, vec![(tmp.clone(), "/deps".into())], network);
            spec.writable_app = true;
            let target = inside(&tmp, "/deps").display().to_string();
            let file = inside(&scratch, "/app").join("requirements.txt").display().to_string();
            let args = ["-m", "pip", "install", "--no-compile", "--target", &target, "-r", &file];
            let cmd = self.sandbox.command(&spec, &self.python, &args);
            let installed = crate::build::run_logged(&self.sandbox, cmd, "pip", log, false).await;
            let _ = std::fs::remove_dir_all(&scratch);
            if let Err(e) = installed {
                let _ = std::fs::remove_dir_all(&tmp);
                let text = e.to_string();
                let last = text.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("pip failed").to_string();
                return Err(RuntimeError::BuildFailed(format!("installing requirements.txt failed: {last}")));
            }
            std::fs::rename(&tmp, &deps_dir).or_else(|e| if deps_dir.exists() { Ok(()) } else { Err(e) })?;
        }
        Ok(Prepared { app_dir, deps_dir: Some(deps_dir), requirements_hash: Some(hash) })
    }
}

/// Read-only mounts that make the interpreter `python` (of installation `prefix`) run
/// in the sandbox.
fn interpreter_binds(python: &Path, prefix: &Path) -> Vec<(PathBuf, PathBuf)> {
    let mut binds = vec![(prefix.to_path_buf(), prefix.to_path_buf())];
    if let Some(parent) = python.parent()
        && !parent.starts_with(prefix)
    {
        binds.push((parent.to_path_buf(), parent.to_path_buf()));
    }
    binds
}

#[async_trait]
impl Runtime for PythonRuntime {
    fn name(&self) -> &'static str {
        "python"
    }

    fn supports(&self, kind: RuntimeKind) -> bool {
        kind == RuntimeKind::Python
    }

    async fn build(&self, request: BuildRequest) -> Result<Artifact, RuntimeError> {
        if !matches!(request.spec, CodeSpec::Python { .. }) {
            return Err(RuntimeError::Unsupported(format!(
                "the python runtime does not build {}",
                request.spec.kind()
            )));
        }
        let work = self.prepare(&request.source, request.function.org().as_str(), Some(request.log.clone()));
        let prepared = tokio::time::timeout(request.timeout, work)
            .await
            .map_err(|_| RuntimeError::BuildFailed(format!("the build ran past its {:?} limit", request.timeout)))??;
        let mut metadata = std::collections::BTreeMap::new();
        if let Some(hash) = prepared.requirements_hash {
            metadata.insert("requirements_hash".to_string(), hash);
        }
        Ok(Artifact { kind: RuntimeKind::Python, bytes: request.source, metadata })
    }

    async fn load(&self, spec: VersionSpec) -> Result<Arc<dyn LoadedVersion>, RuntimeError> {
        let prepared = self.prepare(&spec.artifact.bytes, spec.function.org().as_str(), None).await?;
        let loaded = Arc::new_cyclic(|me| LoadedPython {
            me: me.clone(),
            python: self.python.clone(),
            prefix: self.prefix.clone(),
            runner_dir: self.runner_dir.clone(),
            app_dir: prepared.app_dir,
            deps_dir: prepared.deps_dir,
            sandbox: self.sandbox.clone(),
            zygote_idle: self.zygote_idle,
            spec,
            zygote: tokio::sync::Mutex::new(None),
            live: AtomicUsize::new(0),
            idle_epoch: AtomicU64::new(0),
            exits: Mutex::new(HashMap::new()),
            exited: Notify::new(),
        });
        Ok(loaded)
    }
}

/// A running zygote.
struct Zygote {
    process: SandboxChild,
    /// Limits the zygote itself (each worker moves to its replica's cgroup).
    cgroup: Option<Cgroup>,
    control: tokio::net::unix::OwnedWriteHalf,
    /// Replies to SPAWN, in order.
    spawned: tokio::sync::mpsc::Receiver<serde_json::Value>,
    /// Host pid of the zygote interpreter.
    host_pid: u32,
    /// The worker forked ahead for the next replica.
    spare: Option<ForkedWorker>,
}

/// A worker forked from the zygote and placed in its cgroup ahead of the replica it
/// will serve: it waits for CLAIM (its replica id) before READY. A replica start takes
/// it, so neither the fork nor the cgroup move is on a cold call's path (on cgroup v1
/// the first move in a while waits for an RCU grace period: 6-12 ms here). An unclaimed
/// one is killed when dropped (with its zygote); its socket closing ends it too.
struct ForkedWorker {
    proto: Option<std::os::unix::net::UnixStream>,
    out: Option<OwnedFd>,
    err: Option<OwnedFd>,
    ns_pid: u32,
    host_pid: u32,
    cgroup: Option<Cgroup>,
}

impl ForkedWorker {
    /// What the replica's worker takes over.
    fn claim(mut self) -> (std::os::unix::net::UnixStream, OwnedFd, OwnedFd, WorkerPids, Option<Cgroup>) {
        let pids = WorkerPids::Known { ns_pid: self.ns_pid, host_pid: self.host_pid };
        let (proto, out, err) = (self.proto.take(), self.out.take(), self.err.take());
        let taken = (proto.expect("claimed once"), out.expect("claimed once"), err.expect("claimed once"));
        (taken.0, taken.1, taken.2, pids, self.cgroup.take())
    }
}

impl Drop for ForkedWorker {
    fn drop(&mut self) {
        if self.proto.is_none() {
            return;
        }
        self.proto = None;
        match self.cgroup.take() {
            Some(cg) => {
                cg.kill_all();
                // The directory goes once the kernel has emptied it.
                std::thread::spawn(move || {
                    for _ in 0..50 {
                        if cg.pids().is_empty() {
                            break;
                        }
                        std::thread::sleep(Duration::from_millis(10));
                    }
                });
            }
            None => worker::kill_pid(self.host_pid),
        }
    }
}

pub struct LoadedPython {
    me: Weak<LoadedPython>,
    python: PathBuf,
    prefix: PathBuf,
    runner_dir: PathBuf,
    app_dir: PathBuf,
    deps_dir: Option<PathBuf>,
    sandbox: Arc<Sandbox>,
    zygote_idle: Duration,
    spec: VersionSpec,
    zygote: tokio::sync::Mutex<Option<Zygote>>,
    /// Replicas alive.
    live: AtomicUsize,
    idle_epoch: AtomicU64,
    /// Exit codes the zygote reported, by namespace pid.
    exits: Mutex<HashMap<u32, i32>>,
    exited: Notify,
}

impl LoadedPython {
    fn sandbox_spec(&self) -> Result<(SandboxSpec, String, String), RuntimeError> {
        let isolated = self.sandbox.isolates();
        let (app, deps, runner) = if isolated {
            ("/app".to_string(), "/deps".to_string(), "/ignite/runner.py".to_string())
        } else {
            (
                self.app_dir.display().to_string(),
                self.deps_dir.as_ref().map(|d| d.display().to_string()).unwrap_or_default(),
                self.runner_dir.join("runner.py").display().to_string(),
            )
        };
        let mut env: Vec<(String, String)> = self.spec.env.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
        env.extend([
            ("PATH".into(), "/usr/local/bin:/usr/bin:/bin".into()),
            ("HOME".into(), "/tmp".into()),
            ("LANG".into(), "C.UTF-8".into()),
            ("IGNITE_APP_DIR".into(), app),
            ("IGNITE_DEPS_DIR".into(), deps),
            ("IGNITE_MAX_CONCURRENCY".into(), self.spec.max_concurrency.max(1).to_string()),
            ("IGNITE_NETWORK".into(), if self.spec.network { "1" } else { "0" }.into()),
            ("IGNITE_FUNCTION_ID".into(), self.spec.function.to_string()),
        ]);
        let mut ro_binds = interpreter_binds(&self.python, &self.prefix);
        ro_binds.push((self.runner_dir.clone(), "/ignite".into()));
        if let Some(deps) = &self.deps_dir {
            ro_binds.push((deps.clone(), "/deps".into()));
        }
        let spec = SandboxSpec {
            app_dir: self.app_dir.clone(),
            ro_binds,
            network: Network::app(self.spec.network, &self.spec.egress_allow)?,
            env,
            ..Default::default()
        };
        Ok((spec, runner, "zygote".into()))
    }

    async fn start_zygote(&self) -> Result<Zygote, RuntimeError> {
        let (host_end, child_end) = std::os::unix::net::UnixStream::pair()?;
        let (spec, runner, mode) = self.sandbox_spec()?;
        let mut cmd = self.sandbox.command(&spec, &self.python, &["-I", "-B", &runner, &mode]);
        cmd.pass_fd(child_end.into(), 3);
        // The zygote runs the tenant's import-time code: it is limited like a replica.
        let cgroup = match self.sandbox.cgroups() {
            Some(cgroups) => {
                let name = format!("zygote-{}", self.spec.function);
                let cg = cgroups.create(&name, &self.spec.limits, DEFAULT_PIDS_MAX)?;
                cmd.join_cgroup(&cg)?;
                Some(cg)
            }
            None => None,
        };
        let mut process = cmd.spawn().await?;
        let child = &mut process.child;
        // The zygote's own output (import-time prints) goes to the log.
        for (stream, pipe) in [
            (
                ignite_core::runtime::LogStream::Stdout,
                child.stdout.take().map(|s| Box::new(s) as Box<dyn tokio::io::AsyncRead + Send + Unpin>),
            ),
            (
                ignite_core::runtime::LogStream::Stderr,
                child.stderr.take().map(|s| Box::new(s) as Box<dyn tokio::io::AsyncRead + Send + Unpin>),
            ),
        ] {
            if let Some(pipe) = pipe {
                worker::forward_lines(pipe, stream, self.spec.observer.clone(), "zygote".into(), None);
            }
        }
        host_end.set_nonblocking(true)?;
        let (mut reader, control) = tokio::net::UnixStream::from_std(host_end)?.into_split();
        let ready = tokio::time::timeout(Duration::from_secs(60), protocol::read_frame(&mut reader)).await;
        let (kind, body) = match ready {
            Ok(Ok(frame)) => frame,
            Ok(Err(e)) => {
                let status = child.wait().await.ok();
                return Err(RuntimeError::InvalidArtifact(format!(
                    "the python zygote did not start ({e}; {status:?})"
                )));
            }
            Err(_) => return Err(RuntimeError::Timeout(Duration::from_secs(60))),
        };
        let ready: serde_json::Value = serde_json::from_slice(&body).map_err(|e| RuntimeError::Io(e.to_string()))?;
        if kind != protocol::READY {
            return Err(RuntimeError::Io(format!("unexpected frame {kind} from the zygote")));
        }
        if let Some(error) = ready.get("error").and_then(|e| e.as_str()) {
            return Err(RuntimeError::InvalidArtifact(format!("importing handler.py failed:\n{error}")));
        }
        let ns_pid = ready["pid"].as_u64().unwrap_or(0) as u32;
        let root = process.child.id().unwrap_or(0);
        let host_pid =
            if self.sandbox.isolates() { crate::sandbox::host_pid_of(root, ns_pid).unwrap_or(0) } else { root };

        // One task reads the control socket: SPAWNED replies go to the spawner,
        // EXITED reports to the workers' bookkeeping.
        // The zygote is tenant code too (its imports): whatever it writes here stays
        // bounded (a legitimate zygote answers each SPAWN once).
        let (spawned_tx, spawned) = tokio::sync::mpsc::channel(4);
        let me = self.me.clone();
        tokio::spawn(async move {
            while let Ok((kind, body)) = protocol::read_frame(&mut reader).await {
                let Ok(value) = serde_json::from_slice::<serde_json::Value>(&body) else { continue };
                match kind {
                    protocol::SPAWNED => {
                        let _ = spawned_tx.try_send(value);
                    }
                    protocol::EXITED => {
                        let Some(loaded) = me.upgrade() else { return };
                        let pid = value["pid"].as_u64().unwrap_or(0) as u32;
                        let code = value["code"].as_i64().unwrap_or(-1) as i32;
                        let mut exits = loaded.exits.lock().expect("exits lock");
                        if exits.len() < MAX_UNCLAIMED_EXITS {
                            exits.insert(pid, code);
                        }
                        drop(exits);
                        loaded.exited.notify_waiters();
                    }
                    _ => {}
                }
            }
        });
        Ok(Zygote { process, cgroup, control, spawned, host_pid, spare: None })
    }

    /// Forks a worker from `zygote` and moves it into a cgroup of its own (with the
    /// version's limits). It waits for CLAIM before it serves.
    async fn fork_worker(&self, zygote: &mut Zygote) -> Result<ForkedWorker, RuntimeError> {
        let (host_proto, child_proto) = std::os::unix::net::UnixStream::pair()?;
        let (out_r, out_w) = std::io::pipe()?;
        let (err_r, err_w) = std::io::pipe()?;
        let message = protocol::frame(protocol::SPAWN, br#"{"replica_id": null}"#);
        let fds = [child_proto.as_raw_fd(), out_w.as_raw_fd(), err_w.as_raw_fd()];
        protocol::send_with_fds(zygote.control.as_ref(), &message, &fds).await?;
        drop((child_proto, out_w, err_w));
        let reply = tokio::time::timeout(Duration::from_secs(10), zygote.spawned.recv())
            .await
            .map_err(|_| RuntimeError::Timeout(Duration::from_secs(10)))?
            .ok_or(RuntimeError::NotRunning)?;
        let ns_pid = reply["pid"].as_u64().unwrap_or(0) as u32;
        let host_pid = if self.sandbox.isolates() {
            crate::sandbox::host_pid_of(zygote.host_pid, ns_pid).unwrap_or(0)
        } else {
            ns_pid
        };
        // SAFETY: the pipe readers are owned here and handed over exactly once.
        let out = unsafe { OwnedFd::from_raw_fd(std::os::fd::IntoRawFd::into_raw_fd(out_r)) };
        let err = unsafe { OwnedFd::from_raw_fd(std::os::fd::IntoRawFd::into_raw_fd(err_r)) };
        let mut forked =
            ForkedWorker { proto: Some(host_proto), out: Some(out), err: Some(err), ns_pid, host_pid, cgroup: None };
        if let Some(cgroups) = self.sandbox.cgroups()
            && host_pid != 0
        {
            let name = format!("{}-worker", self.spec.function);
            let cg = cgroups.create(&name, &self.spec.limits, DEFAULT_PIDS_MAX)?;
            // Before the move the worker is still limited by the zygote's cgroup.
            let moved = cg.add(host_pid);
            forked.cgroup = Some(cg);
            moved?;
        }
        Ok(forked)
    }

    /// Forks the next spare in the background once a replica took the last one, so the
    /// next start (a scale-up, or the first call after scale-to-zero) finds one.
    fn refill_spare(&self) {
        let me = self.me.clone();
        tokio::spawn(async move {
            let Some(loaded) = me.upgrade() else { return };
            let mut guard = loaded.zygote.lock().await;
            let Some(zygote) = guard.as_mut() else { return };
            if zygote.spare.is_none()
                && zygote.process.child.try_wait().ok().flatten().is_none()
                && let Ok(spare) = loaded.fork_worker(zygote).await
            {
                zygote.spare = Some(spare);
            }
        });
    }

    /// The exit code the zygote reported for `ns_pid`, waiting up to `wait` for it.
    async fn reported_exit(&self, ns_pid: u32, wait: Duration) -> Option<i32> {
        let deadline = tokio::time::Instant::now() + wait;
        loop {
            let notified = self.exited.notified();
            if let Some(code) = self.exits.lock().expect("exits lock").remove(&ns_pid) {
                return Some(code);
            }
            if tokio::time::timeout_at(deadline, notified).await.is_err() {
                return None;
            }
        }
    }

    /// Called when a replica stops: with none left, the zygote exits after the idle time.
    fn release_replica(&self) {
        if self.live.fetch_sub(1, Ordering::SeqCst) != 1 {
            return;
        }
        let epoch = self.idle_epoch.fetch_add(1, Ordering::SeqCst) + 1;
        let me = self.me.clone();
        let idle = self.zygote_idle;
        tokio::spawn(async move {
            tokio::time::sleep(idle).await;
            let Some(loaded) = me.upgrade() else { return };
            if loaded.live.load(Ordering::SeqCst) == 0
                && loaded.idle_epoch.load(Ordering::SeqCst) == epoch
                && let Some(mut z) = loaded.zygote.lock().await.take()
            {
                let _ = z.process.child.kill().await;
                if let Some(cg) = &z.cgroup {
                    cg.kill_all();
                }
            }
        });
    }
}

#[async_trait]
impl WorkerOwner for LoadedPython {
    fn spec(&self) -> &VersionSpec {
        &self.spec
    }

    async fn exit_code(&self, _replica_id: &str, ns_pid: u32, wait: Duration) -> Option<i32> {
        self.reported_exit(ns_pid, wait).await
    }

    fn replica_gone(&self) {
        self.release_replica();
    }
}

#[async_trait]
impl LoadedVersion for LoadedPython {
    async fn start_instance(&self, replica_id: &str) -> Result<Arc<dyn Instance>, RuntimeError> {
        let me = self.me.upgrade().ok_or(RuntimeError::NotRunning)?;
        let forked = {
            let mut guard = self.zygote.lock().await;
            let alive = guard.as_mut().is_some_and(|z| z.process.child.try_wait().ok().flatten().is_none());
            if !alive {
                *guard = Some(self.start_zygote().await?);
            }
            let zygote = guard.as_mut().expect("started above");
            let spare = zygote.spare.take().filter(|s| !self.exits.lock().expect("exits lock").contains_key(&s.ns_pid));
            match spare {
                Some(spare) => spare,
                None => self.fork_worker(zygote).await?,
            }
        };
        self.live.fetch_add(1, Ordering::SeqCst);
        let (mut proto, out, err, pids, cgroup) = forked.claim();
        let worker = async {
            // A few bytes into a fresh socket's buffer: the write does not block.
            let claim = serde_json::json!({"replica_id": replica_id}).to_string();
            std::io::Write::write_all(&mut proto, &protocol::frame(protocol::CLAIM, claim.as_bytes()))?;
            ProcessWorker::start(me, replica_id.to_string(), proto, out, err, pids, cgroup).await
        };
        match worker.await {
            Ok(w) => {
                self.refill_spare();
                Ok(w)
            }
            Err(e) => {
                self.release_replica();
                Err(e)
            }
        }
    }
}
