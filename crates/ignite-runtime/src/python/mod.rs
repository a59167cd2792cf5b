//! The Python runtime: `handler.py` with `def handler(payload: bytes, ctx: dict)`.
//!
//! * **build / prepare**: the upload (a single file or an archive with `handler.py` at
//!   its root) is unpacked once per code hash; `requirements.txt` is installed once per
//!   requirements hash into a cached environment (pip, output in the build log).
//! * **zygote**: per loaded version, a sandboxed interpreter imports the runner and the
//!   handler, then forks a worker per replica on request (file descriptors travel by
//!   SCM_RIGHTS), so a cold start is a fork, not an interpreter start. The zygote exits
//!   after `zygote_idle` without replicas, so a version scaled to zero keeps no process.
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
use tokio::io::AsyncBufReadExt;
use tokio::sync::Notify;

use crate::protocol;
use crate::sandbox::{DEFAULT_PIDS_MAX, Sandbox, SandboxSpec};
use crate::worker::{self, ProcessWorker, WorkerOwner, WorkerPids};

const RUNNER: &str = include_str!("runner.py");

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

    async fn prepare(&self, source: &[u8], log: Option<&dyn BuildLog>) -> Result<Prepared, RuntimeError> {
        let _guard = self.prepare_lock.lock().await;
        let say = |text: String| {
            if let Some(log) = log {
                log.write(text.as_bytes());
            }
        };
        let app_dir = self.work_dir.join("apps").join(sha256_hex(source));
        if !app_dir.join("handler.py").exists() {
            let tmp = self.work_dir.join("apps").join(format!("tmp-{}", uuid::Uuid::new_v4().simple()));
            let unpacked = crate::archive::unpack(source, &tmp, "handler.py").and_then(|()| {
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
            let check = tokio::process::Command::new(&self.python)
                .args(["-I", "-c", "import ast, sys; ast.parse(open(sys.argv[1], 'rb').read(), 'handler.py')"])
                .arg(tmp.join("handler.py"))
                .output()
                .await?;
            if !check.status.success() {
                let _ = std::fs::remove_dir_all(&tmp);
                let message = String::from_utf8_lossy(&check.stderr).into_owned();
                say(message.clone());
                return Err(RuntimeError::BuildFailed(message));
            }
            std::fs::rename(&tmp, &app_dir).or_else(|e| if app_dir.exists() { Ok(()) } else { Err(e) })?;
            say(format!("unpacked {} bytes of code\n", source.len()));
        }
        let requirements = std::fs::read(app_dir.join("requirements.txt")).unwrap_or_default();
        if requirements.iter().all(u8::is_ascii_whitespace) {
            return Ok(Prepared { app_dir, deps_dir: None, requirements_hash: None });
        }
        let hash = sha256_hex(&requirements);
        let deps_dir = self.work_dir.join("envs").join(&hash);
        if deps_dir.exists() {
            say(format!("requirements {hash}: cached environment\n"));
        } else {
            say(format!("requirements {hash}: installing\n"));
            let tmp = self.work_dir.join("envs").join(format!("tmp-{}", uuid::Uuid::new_v4().simple()));
            std::fs::create_dir_all(&tmp)?;
            let mut child = tokio::process::Command::new(&self.python)
                .args(["-m", "pip", "install", "--disable-pip-version-check", "--no-input", "--no-compile", "--target"])
                .arg(&tmp)
                .arg("-r")
                .arg(app_dir.join("requirements.txt"))
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .kill_on_drop(true)
                .spawn()?;
            let mut lines = tokio::io::BufReader::new(child.stdout.take().expect("piped")).lines();
            let mut stderr = child.stderr.take().expect("piped");
            let err_task = tokio::spawn(async move {
                let mut buf = String::new();
                let _ = tokio::io::AsyncReadExt::read_to_string(&mut stderr, &mut buf).await;
                buf
            });
            while let Ok(Some(line)) = lines.next_line().await {
                say(format!("{line}\n"));
            }
            let status = child.wait().await?;
            let err_text = err_task.await.unwrap_or_default();
            if !status.success() {
                let _ = std::fs::remove_dir_all(&tmp);
                say(err_text.clone());
                let last = err_text.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("pip failed").to_string();
                return Err(RuntimeError::BuildFailed(format!("installing requirements.txt failed: {last}")));
            }
            std::fs::rename(&tmp, &deps_dir).or_else(|e| if deps_dir.exists() { Ok(()) } else { Err(e) })?;
        }
        Ok(Prepared { app_dir, deps_dir: Some(deps_dir), requirements_hash: Some(hash) })
    }
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
        let work = self.prepare(&request.source, Some(request.log.as_ref()));
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
        let prepared = self.prepare(&spec.artifact.bytes, None).await?;
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
    child: tokio::process::Child,
    control: tokio::net::unix::OwnedWriteHalf,
    /// Replies to SPAWN, in order.
    spawned: tokio::sync::mpsc::UnboundedReceiver<serde_json::Value>,
    /// Host pid of the zygote interpreter.
    host_pid: u32,
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
    fn sandbox_spec(&self) -> (SandboxSpec, String, String) {
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
        let mut ro_binds =
            vec![(self.prefix.clone(), self.prefix.clone()), (self.runner_dir.clone(), "/ignite".into())];
        if let Some(deps) = &self.deps_dir {
            ro_binds.push((deps.clone(), "/deps".into()));
        }
        if let Some(parent) = self.python.parent()
            && !parent.starts_with(&self.prefix)
        {
            ro_binds.push((parent.to_path_buf(), parent.to_path_buf()));
        }
        let spec = SandboxSpec {
            app_dir: self.app_dir.clone(),
            ro_binds,
            network: self.spec.network,
            env,
            ..Default::default()
        };
        (spec, runner, "zygote".into())
    }

    async fn start_zygote(&self) -> Result<Zygote, RuntimeError> {
        let (host_end, child_end) = std::os::unix::net::UnixStream::pair()?;
        let (spec, runner, mode) = self.sandbox_spec();
        let mut cmd = self.sandbox.command(&spec, &self.python, &["-I", "-B", &runner, &mode]);
        worker::pass_as_fd3(&mut cmd, child_end.as_raw_fd());
        cmd.stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .kill_on_drop(true);
        let mut child = cmd.spawn()?;
        drop(child_end);
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
        let root = child.id().unwrap_or(0);
        let host_pid =
            if self.sandbox.isolates() { crate::sandbox::host_pid_of(root, ns_pid).unwrap_or(0) } else { root };

        // One task reads the control socket: SPAWNED replies go to the spawner,
        // EXITED reports to the workers' bookkeeping.
        let (spawned_tx, spawned) = tokio::sync::mpsc::unbounded_channel();
        let me = self.me.clone();
        tokio::spawn(async move {
            while let Ok((kind, body)) = protocol::read_frame(&mut reader).await {
                let Ok(value) = serde_json::from_slice::<serde_json::Value>(&body) else { continue };
                match kind {
                    protocol::SPAWNED => {
                        let _ = spawned_tx.send(value);
                    }
                    protocol::EXITED => {
                        let Some(loaded) = me.upgrade() else { return };
                        let pid = value["pid"].as_u64().unwrap_or(0) as u32;
                        let code = value["code"].as_i64().unwrap_or(-1) as i32;
                        loaded.exits.lock().expect("exits lock").insert(pid, code);
                        loaded.exited.notify_waiters();
                    }
                    _ => {}
                }
            }
        });
        Ok(Zygote { child, control, spawned, host_pid })
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
                let _ = z.child.kill().await;
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
        let mut guard = self.zygote.lock().await;
        let alive = guard.as_mut().is_some_and(|z| z.child.try_wait().ok().flatten().is_none());
        if !alive {
            *guard = Some(self.start_zygote().await?);
        }
        let zygote = guard.as_mut().expect("started above");
        let (host_proto, child_proto) = std::os::unix::net::UnixStream::pair()?;
        let (out_r, out_w) = std::io::pipe()?;
        let (err_r, err_w) = std::io::pipe()?;
        let request = serde_json::json!({"replica_id": replica_id}).to_string();
        let message = protocol::frame(protocol::SPAWN, request.as_bytes());
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
        drop(guard);
        self.live.fetch_add(1, Ordering::SeqCst);
        // SAFETY: the pipe readers are owned here and handed over exactly once.
        let out = unsafe { OwnedFd::from_raw_fd(std::os::fd::IntoRawFd::into_raw_fd(out_r)) };
        let err = unsafe { OwnedFd::from_raw_fd(std::os::fd::IntoRawFd::into_raw_fd(err_r)) };
        let cgroup = match self.sandbox.cgroups() {
            Some(cgroups) if host_pid != 0 => {
                let cg = cgroups.create(replica_id, &self.spec.limits, DEFAULT_PIDS_MAX)?;
                cg.add(host_pid)?;
                Some(cg)
            }
            _ => None,
        };
        let pids = WorkerPids::Known { ns_pid, host_pid };
        let worker = ProcessWorker::start(me, replica_id.to_string(), host_proto, out, err, pids, cgroup).await;
        match worker {
            Ok(w) => Ok(w),
            Err(e) => {
                self.release_replica();
                Err(e)
            }
        }
    }
}
