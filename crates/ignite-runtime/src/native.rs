//! Compiled runtimes: native Rust and Go binaries, and Deno programs, built by
//! [`crate::build::Builder`] and run as process workers.
//!
//! Each replica is one sandboxed process (its own pid namespace and cgroup) speaking
//! the worker protocol: Rust and Go workers on descriptor 3, Deno (which cannot adopt a
//! descriptor) by connecting to the Unix socket at `$IGNITE_WORKER_SOCKET`. The pool,
//! limits, logs and metrics are those of every process worker (`worker.rs`).

use std::collections::HashMap;
use std::os::fd::{FromRawFd, OwnedFd};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, Weak};
use std::time::Duration;

use async_trait::async_trait;
use ignite_core::runtime::{
    Artifact, BuildRequest, Instance, LoadedVersion, Runtime, RuntimeError, RuntimeKind, VersionSpec,
};
use sha2::{Digest, Sha256};
use tokio::sync::Notify;

use crate::build::{Builder, DENO_ENTRY_FILE};
use crate::sandbox::{Network, Sandbox, SandboxCommand, SandboxSpec};
use crate::worker::{ProcessWorker, WorkerOwner, WorkerPids};

/// Processes (threads count) a native replica may have: Go and Deno run a few dozen
/// threads of their own.
const NATIVE_PIDS_MAX: u32 = 256;

pub struct NativeRuntime {
    work_dir: PathBuf,
    sandbox: Arc<Sandbox>,
    builder: Arc<Builder>,
    /// Serializes unpacking of the same artifact.
    prepare_lock: tokio::sync::Mutex<()>,
}

impl NativeRuntime {
    pub fn new(work_dir: impl Into<PathBuf>, sandbox: Arc<Sandbox>, builder: Arc<Builder>) -> Self {
        NativeRuntime { work_dir: work_dir.into(), sandbox, builder, prepare_lock: tokio::sync::Mutex::new(()) }
    }

    /// The artifact on disk, once per digest: `app` (a binary) or the unpacked program.
    async fn prepare(&self, artifact: &Artifact) -> Result<PathBuf, RuntimeError> {
        let _guard = self.prepare_lock.lock().await;
        let dir = self.work_dir.join("apps").join(hex::encode(Sha256::digest(&artifact.bytes)));
        if dir.exists() {
            return Ok(dir);
        }
        let tmp = self.work_dir.join("apps").join(format!("tmp-{}", uuid::Uuid::new_v4().simple()));
        let written = match artifact.kind {
            RuntimeKind::Deno => crate::archive::unpack(&artifact.bytes, &tmp, RuntimeKind::Deno.single_file_name())
                .and_then(|()| {
                    if tmp.join(DENO_ENTRY_FILE).is_file() {
                        Ok(())
                    } else {
                        Err(RuntimeError::InvalidArtifact("not a Deno build artifact".into()))
                    }
                }),
            _ => (|| {
                use std::os::unix::fs::PermissionsExt;
                std::fs::create_dir_all(&tmp)?;
                if !artifact.bytes.starts_with(b"\x7fELF") {
                    return Err(RuntimeError::InvalidArtifact("not an executable (ELF) artifact".into()));
                }
                std::fs::write(tmp.join("app"), &artifact.bytes)?;
                std::fs::set_permissions(tmp.join("app"), std::fs::Permissions::from_mode(0o755))?;
                Ok(())
            })(),
        };
        if let Err(e) = written {
            let _ = std::fs::remove_dir_all(&tmp);
            return Err(e);
        }
        std::fs::rename(&tmp, &dir).or_else(|e| if dir.exists() { Ok(()) } else { Err(e) })?;
        Ok(dir)
    }
}

#[async_trait]
impl Runtime for NativeRuntime {
    fn name(&self) -> &'static str {
        "native"
    }

    fn supports(&self, kind: RuntimeKind) -> bool {
        matches!(kind, RuntimeKind::RustNative | RuntimeKind::RustWasm | RuntimeKind::Go | RuntimeKind::Deno)
    }

    async fn build(&self, request: BuildRequest) -> Result<Artifact, RuntimeError> {
        let timeout = request.timeout;
        tokio::time::timeout(timeout, self.builder.build(&request)).await.map_err(|_| {
            RuntimeError::BuildFailed(format!("the build ran past its {} s limit and was killed", timeout.as_secs()))
        })?
    }

    async fn load(&self, spec: VersionSpec) -> Result<Arc<dyn LoadedVersion>, RuntimeError> {
        let kind = spec.artifact.kind;
        if !matches!(kind, RuntimeKind::RustNative | RuntimeKind::Go | RuntimeKind::Deno) {
            return Err(RuntimeError::Unsupported(format!("the native runtime does not run {kind}")));
        }
        let app_dir = self.prepare(&spec.artifact).await?;
        let deno = match kind {
            RuntimeKind::Deno => {
                let deno = self
                    .builder
                    .toolchains()
                    .deno
                    .clone()
                    .ok_or_else(|| RuntimeError::Unsupported("deno is not installed on this server".into()))?;
                let entry = std::fs::read_to_string(app_dir.join(DENO_ENTRY_FILE))?;
                Some((deno, entry.trim().to_string()))
            }
            _ => None,
        };
        let run_dir = self.work_dir.join("run");
        std::fs::create_dir_all(&run_dir)?;
        Ok(Arc::new_cyclic(|me| LoadedNative {
            me: me.clone(),
            app_dir,
            run_dir,
            deno,
            sandbox: self.sandbox.clone(),
            spec,
            exits: Mutex::new(HashMap::new()),
            exited: Notify::new(),
        }))
    }
}

pub struct LoadedNative {
    me: Weak<LoadedNative>,
    app_dir: PathBuf,
    /// Deno workers' sockets live here.
    run_dir: PathBuf,
    /// The deno executable and the entry file, for Deno programs.
    deno: Option<(PathBuf, String)>,
    sandbox: Arc<Sandbox>,
    spec: VersionSpec,
    /// Exit codes of ended workers, by replica id.
    exits: Mutex<HashMap<String, i32>>,
    exited: Notify,
}

/// The code a waited-for sandbox reports: negative for a signal (bubblewrap reports a
/// child killed by signal N as 128 + N).
fn exit_code(status: std::process::ExitStatus) -> i32 {
    use std::os::unix::process::ExitStatusExt;
    match (status.code(), status.signal()) {
        (Some(c), _) if c > 128 => -(c - 128),
        (Some(c), _) => c,
        (None, Some(s)) => -s,
        _ => -1,
    }
}

impl LoadedNative {
    fn command(&self, socket_dir: Option<&Path>) -> Result<SandboxCommand, RuntimeError> {
        let isolated = self.sandbox.isolates();
        let app = if isolated { "/app".to_string() } else { self.app_dir.display().to_string() };
        let mut env: Vec<(String, String)> = self.spec.env.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
        env.extend([
            ("PATH".into(), "/usr/local/bin:/usr/bin:/bin".into()),
            ("HOME".into(), "/tmp".into()),
            ("LANG".into(), "C.UTF-8".into()),
            ("IGNITE_MAX_CONCURRENCY".into(), self.spec.max_concurrency.max(1).to_string()),
            ("IGNITE_NETWORK".into(), if self.spec.network { "1" } else { "0" }.into()),
            ("IGNITE_FUNCTION_ID".into(), self.spec.function.to_string()),
        ]);
        let mut ro_binds = Vec::new();
        let (program, args): (PathBuf, Vec<String>) = match (&self.deno, socket_dir) {
            (Some((deno, entry)), Some(dir)) => {
                let sock_dir = if isolated { PathBuf::from("/run/ignite") } else { dir.to_path_buf() };
                let sock = sock_dir.join("worker.sock").display().to_string();
                let parent = deno.parent().expect("deno has a directory").to_path_buf();
                ro_binds.push((parent.clone(), parent));
                env.push(("IGNITE_WORKER_SOCKET".into(), sock.clone()));
                env.push(("DENO_DIR".into(), "/tmp/deno".into()));
                env.push(("DENO_NO_UPDATE_CHECK".into(), "1".into()));
                let net =
                    if self.spec.network { "--allow-net".to_string() } else { format!("--allow-net=unix:{sock}") };
                let args = vec![
                    "run".into(),
                    "--quiet".into(),
                    "--no-prompt".into(),
                    "--no-remote".into(),
                    "--allow-env".into(),
                    format!("--allow-read={app},/tmp,{sock}"),
                    format!("--allow-write=/tmp,{sock}"),
                    net,
                    format!("{app}/{entry}"),
                ];
                (deno.clone(), args)
            }
            _ => (PathBuf::from(format!("{app}/app")), Vec::new()),
        };
        if let (Some(dir), true) = (socket_dir, isolated) {
            ro_binds.push((dir.to_path_buf(), "/run/ignite".into()));
        }
        let spec = SandboxSpec {
            app_dir: self.app_dir.clone(),
            ro_binds,
            network: Network::app(self.spec.network, &self.spec.egress_allow)?,
            env,
            ..Default::default()
        };
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        Ok(self.sandbox.command(&spec, &program, &args))
    }
}

#[async_trait]
impl WorkerOwner for LoadedNative {
    fn spec(&self) -> &VersionSpec {
        &self.spec
    }

    async fn exit_code(&self, replica_id: &str, _ns_pid: u32, wait: Duration) -> Option<i32> {
        let deadline = tokio::time::Instant::now() + wait;
        loop {
            let notified = self.exited.notified();
            if let Some(code) = self.exits.lock().expect("exits lock").remove(replica_id) {
                return Some(code);
            }
            if tokio::time::timeout_at(deadline, notified).await.is_err() {
                return None;
            }
        }
    }

    fn replica_gone(&self) {}
}

#[async_trait]
impl LoadedVersion for LoadedNative {
    async fn start_instance(&self, replica_id: &str) -> Result<Arc<dyn Instance>, RuntimeError> {
        let me = self.me.upgrade().ok_or(RuntimeError::NotRunning)?;
        let cgroup = match self.sandbox.cgroups() {
            Some(cgroups) => Some(cgroups.create(replica_id, &self.spec.limits, NATIVE_PIDS_MAX)?),
            None => None,
        };
        let (out_r, out_w) = std::io::pipe()?;
        let (err_r, err_w) = std::io::pipe()?;
        // Deno connects to a socket; the others inherit theirs as descriptor 3.
        let (host_proto, child_proto, socket_dir, listener) = if self.deno.is_some() {
            let dir = self.run_dir.join(uuid::Uuid::new_v4().simple().to_string());
            std::fs::create_dir_all(&dir)?;
            let listener = std::os::unix::net::UnixListener::bind(dir.join("worker.sock"))?;
            (None, None, Some(dir), Some(listener))
        } else {
            let (host, child) = std::os::unix::net::UnixStream::pair()?;
            (Some(host), Some(child), None, None)
        };
        let mut cmd = self.command(socket_dir.as_deref())?;
        if let Some(cg) = &cgroup {
            cmd.join_cgroup(cg)?;
        }
        if let Some(child) = child_proto {
            cmd.pass_fd(child.into(), 3);
        }
        cmd.outputs(out_w.into(), err_w.into());
        // The process and its network namespace go together.
        let mut process = cmd.spawn().await?;
        let child = &mut process.child;
        let root = child.id().unwrap_or(0);
        let proto = match (host_proto, listener) {
            (Some(p), _) => p,
            (None, Some(listener)) => {
                listener.set_nonblocking(true)?;
                let listener = tokio::net::UnixListener::from_std(listener)?;
                let accepted = tokio::select! {
                    accepted = listener.accept() => accepted.map(|(s, _)| s),
                    status = child.wait() => Err(std::io::Error::other(format!("the worker exited at start ({:?})", status.ok()))),
                    _ = tokio::time::sleep(Duration::from_secs(30)) => Err(std::io::Error::other("the worker did not connect within 30 s")),
                };
                if let Some(dir) = &socket_dir {
                    let _ = std::fs::remove_file(dir.join("worker.sock"));
                }
                accepted.map_err(|e| RuntimeError::Io(e.to_string()))?.into_std()?
            }
            (None, None) => unreachable!("one of the two is set"),
        };
        proto.set_nonblocking(false)?;
        // The exit code, for the worker's death report.
        let me_weak = self.me.clone();
        let replica = replica_id.to_string();
        tokio::spawn(async move {
            let status = process.child.wait().await;
            if let Some(dir) = socket_dir {
                let _ = std::fs::remove_dir_all(dir);
            }
            if let (Some(loaded), Ok(status)) = (me_weak.upgrade(), status) {
                loaded.exits.lock().expect("exits lock").insert(replica, exit_code(status));
                loaded.exited.notify_waiters();
            }
        });
        // SAFETY: the pipe readers are owned here and handed over exactly once.
        let out = unsafe { OwnedFd::from_raw_fd(std::os::fd::IntoRawFd::into_raw_fd(out_r)) };
        let err = unsafe { OwnedFd::from_raw_fd(std::os::fd::IntoRawFd::into_raw_fd(err_r)) };
        let sandbox_root = self.sandbox.isolates().then_some(root);
        let pids = WorkerPids::FromReady { sandbox_root };
        let started = ProcessWorker::start(me, replica_id.to_string(), proto, out, err, pids, cgroup).await;
        if started.is_err() {
            // bubblewrap takes its sandbox down with it (--die-with-parent).
            crate::worker::kill_pid(root);
        }
        started
    }
}
