//! Bring your own image: OCI images run in our sandbox, without a container daemon.
//!
//! A build imports the image ([`store`]): pulled from a registry, or from an uploaded
//! OCI layout or `docker save` tarball. Its artifact is the JSON [`ImageArtifact`];
//! loading unpacks the root filesystem once per image. Each replica is the image's
//! entrypoint and cmd, with its env, working directory and user (never root), run in
//! the sandbox on that root filesystem (read-only, a private `/tmp`), in its own network
//! namespace: nothing but the platform reaches it, by opening its connections from
//! inside that namespace. `$PORT` is the app's first port. The replica is ready once
//! `GET health_path` answers 2xx, and the same probe keeps watching it; Invoke forwards
//! the request (method, path and query verbatim, the `x-ignite-*` headers added) and
//! streams the answer back.

mod build;
pub mod store;

use std::os::fd::OwnedFd;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use async_trait::async_trait;
pub use build::SourceBuilds;
use bytes::Bytes;
use futures::StreamExt;
use http_body_util::BodyExt;
use ignite_core::resources::ResourceLimits;
use ignite_core::runtime::{
    Artifact, Body, BuildRequest, CodeSpec, EventKind, Instance, InstanceStatus, Invocation, InvocationResponse,
    LoadedVersion, LogStream, ResourceUsage, Runtime, RuntimeError, RuntimeEvent, RuntimeKind, VersionSpec,
};
pub use store::{ImageArtifact, ImageConfig, ImageStore, PullSettings};

use crate::egress::HostProxy;
use crate::sandbox::{Cgroup, NetNs, Network, RootfsSpec, Sandbox, SandboxChild};

/// The port an app listens on when it declares none.
pub const DEFAULT_PORT: u16 = 8080;
/// Processes (threads count) an image replica may have.
const IMAGE_PIDS_MAX: u32 = 512;
/// How long a new replica has to answer its health probe
/// (At least; the app's timeout when longer, up to `MAX_STARTUP`.)
const STARTUP_DEADLINE: Duration = Duration::from_secs(10);
const MAX_STARTUP: Duration = Duration::from_secs(120);
const PROBE_INTERVAL_STARTING: Duration = Duration::from_millis(20);
const LIVENESS_INTERVAL: Duration = Duration::from_secs(5);
/// Consecutive failed liveness probes that end a replica.
const LIVENESS_FAILURES: u32 = 3;
/// The user an image runs as when it names root or nobody.
const NOBODY: u32 = 65534;

pub struct ImageRuntime {
    store: ImageStore,
    sandbox: Arc<Sandbox>,
    sources: SourceBuilds,
    /// The egress proxy registry pulls go through, started on the first pull.
    pull_proxy: tokio::sync::OnceCell<HostProxy>,
}

impl ImageRuntime {
    pub fn new(dir: PathBuf, sandbox: Arc<Sandbox>, sources: SourceBuilds) -> std::io::Result<ImageRuntime> {
        Ok(ImageRuntime { store: ImageStore::new(dir)?, sandbox, sources, pull_proxy: tokio::sync::OnceCell::new() })
    }

    pub fn store(&self) -> &ImageStore {
        &self.store
    }
}

#[async_trait]
impl Runtime for ImageRuntime {
    fn name(&self) -> &'static str {
        "image"
    }

    fn supports(&self, kind: RuntimeKind) -> bool {
        kind == RuntimeKind::Image
    }

    async fn build(&self, request: BuildRequest) -> Result<Artifact, RuntimeError> {
        let image = tokio::time::timeout(request.timeout, self.import(&request))
            .await
            .map_err(|_| RuntimeError::BuildFailed(format!("the image build ran past {:?}", request.timeout)))??;
        if image.config.argv().is_empty() {
            return Err(RuntimeError::BuildFailed("the image has neither an entrypoint nor a cmd".into()));
        }
        // Unpacked now, so that the first replica does not pay for it (about 300 ms of a
        // small image's first cold start here).
        let (store, for_unpack) = (self.store.clone(), image.clone());
        crate::blocking(move || store.rootfs(&for_unpack)).await?;
        request.log.write(format!("image {} ready\n", image.manifest_digest).as_bytes());
        let mut metadata = std::collections::BTreeMap::new();
        metadata.insert("manifestDigest".to_string(), image.manifest_digest.clone());
        metadata.insert("reference".to_string(), image.reference.clone());
        let bytes = serde_json::to_vec(&image).expect("json");
        Ok(Artifact { kind: RuntimeKind::Image, bytes: bytes.into(), metadata })
    }

    async fn load(&self, spec: VersionSpec) -> Result<Arc<dyn LoadedVersion>, RuntimeError> {
        let image: ImageArtifact = serde_json::from_slice(&spec.artifact.bytes)
            .map_err(|e| RuntimeError::InvalidArtifact(format!("not an image artifact: {e}")))?;
        let store = self.store.clone();
        let for_unpack = image.clone();
        let rootfs = crate::blocking(move || store.rootfs(&for_unpack)).await?;
        let (uid, gid) = user_ids(&image.config.user, &rootfs)?;
        let ports: Vec<u16> = if !spec.ports.is_empty() {
            spec.ports.clone()
        } else if let Some(p) = image.config.exposed_ports.first() {
            vec![*p]
        } else {
            vec![DEFAULT_PORT]
        };
        Ok(Arc::new(ImageVersion { image, rootfs, uid, gid, ports, sandbox: self.sandbox.clone(), spec }))
    }
}

impl ImageRuntime {
    /// Removes what no image in `artifacts` (the artifacts of every stored draft and
    /// version) uses: blobs and unpacked root filesystems. The caller makes sure no
    /// image build runs meanwhile. Returns (blobs, root filesystems) removed.
    pub async fn collect_garbage(&self, artifacts: Vec<Bytes>) -> Result<(usize, usize), RuntimeError> {
        let mut keep = Vec::with_capacity(artifacts.len());
        for bytes in &artifacts {
            match serde_json::from_slice::<ImageArtifact>(bytes) {
                Ok(image) => keep.push(image),
                // Nothing can be decided safely around an artifact that cannot be read.
                Err(e) => return Err(RuntimeError::InvalidArtifact(format!("not an image artifact: {e}"))),
            }
        }
        let store = self.store.clone();
        crate::blocking(move || store.retain(&keep)).await
    }

    /// The image a build request names: pulled, imported from an upload, or built.
    async fn import(&self, request: &BuildRequest) -> Result<ImageArtifact, RuntimeError> {
        let source_build = build::SourceBuild {
            store: &self.store,
            sandbox: &self.sandbox,
            settings: &self.sources,
            log: request.log.clone(),
            org: request.function.org().to_string(),
        };
        match &request.spec {
            CodeSpec::PrebuiltImage { image_ref, credentials } if request.source.as_ref() == image_ref.as_bytes() => {
                let proxy =
                    self.pull_proxy.get_or_try_init(|| HostProxy::start(self.sandbox.egress().public())).await?;
                let fetch = PullSettings {
                    proxy: proxy.url().to_string(),
                    policy: self.sandbox.egress().public(),
                    insecure_registries: self.sources.insecure_registries.clone(),
                };
                let org = request.function.org().as_str();
                self.store.pull(image_ref, credentials.as_ref(), org, &fetch, request.log.as_ref()).await
            }
            CodeSpec::PrebuiltImage { .. } => {
                let (store, source, log) = (self.store.clone(), request.source.clone(), request.log.clone());
                let org = request.function.org().to_string();
                crate::blocking(move || {
                    let image = store.import_archive(&source, log.as_ref())?;
                    store.prove_all(&org, &image)?;
                    Ok::<_, RuntimeError>(image)
                })
                .await
            }
            CodeSpec::ImageFromCode { dockerfile_path, build_args } => {
                source_build.build_archive(&request.source, dockerfile_path, build_args).await
            }
            CodeSpec::ImageFromGit { git_url, git_ref, dockerfile_path, build_args, context_dir, credentials } => {
                source_build
                    .build_git(git_url, git_ref, context_dir, credentials.as_ref(), dockerfile_path, build_args)
                    .await
            }
            other => Err(RuntimeError::Unsupported(format!("{:?} is not an image", other.kind()))),
        }
    }
}

/// The uid and gid to run as: the image's user (numeric, or a name from its
/// `/etc/passwd`), never root.
fn user_ids(user: &str, rootfs: &std::path::Path) -> Result<(u32, u32), RuntimeError> {
    let (name, group) = user.split_once(':').map(|(u, g)| (u, Some(g))).unwrap_or((user, None));
    // Read as the image would see it: links resolve inside the root filesystem.
    let passwd = crate::confined::Root::open(rootfs)
        .and_then(|root| root.read(std::path::Path::new("etc/passwd"), 1 << 20))
        .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
        .unwrap_or_default();
    let lookup = |name: &str| {
        passwd.lines().find_map(|l| {
            let f: Vec<&str> = l.split(':').collect();
            (f.len() > 3 && f[0] == name).then(|| (f[2].parse::<u32>().ok(), f[3].parse::<u32>().ok()))
        })
    };
    let (uid, primary_gid) = match name {
        "" | "root" => (0, None),
        n => match n.parse::<u32>() {
            Ok(uid) => (uid, None),
            Err(_) => match lookup(n) {
                Some((Some(uid), gid)) => (uid, gid),
                _ => {
                    return Err(RuntimeError::InvalidArtifact(format!(
                        "the image's user {n:?} is not in its /etc/passwd"
                    )));
                }
            },
        },
    };
    let gid = match group {
        Some(g) => g.parse::<u32>().map_err(|_| RuntimeError::InvalidArtifact(format!("unsupported group {g:?}")))?,
        None => primary_gid.unwrap_or(uid),
    };
    // Root in the image runs as nobody: a replica never holds root, even namespaced.
    Ok(if uid == 0 { (NOBODY, NOBODY) } else { (uid, if gid == 0 { NOBODY } else { gid }) })
}

struct ImageVersion {
    image: ImageArtifact,
    rootfs: PathBuf,
    uid: u32,
    gid: u32,
    ports: Vec<u16>,
    sandbox: Arc<Sandbox>,
    spec: VersionSpec,
}

#[async_trait]
impl LoadedVersion for ImageVersion {
    async fn start_instance(&self, replica_id: &str) -> Result<Arc<dyn Instance>, RuntimeError> {
        let mut env: Vec<(String, String)> = self
            .image
            .config
            .env
            .iter()
            .filter_map(|kv| kv.split_once('='))
            .map(|(k, v)| (k.into(), v.into()))
            .collect();
        env.extend(self.spec.env.iter().map(|(k, v)| (k.clone(), v.clone())));
        env.push(("PORT".into(), self.ports[0].to_string()));
        env.push((ignite_core::runtime::ENV_FUNCTION_ID.into(), self.spec.function.to_string()));
        let spec = RootfsSpec {
            rootfs: self.rootfs.clone(),
            working_dir: if self.image.config.working_dir.is_empty() {
                "/".into()
            } else {
                self.image.config.working_dir.clone()
            },
            uid: self.uid,
            gid: self.gid,
            network: Network::app(self.spec.network, &self.spec.egress_allow)?,
            env,
        };
        let mut cmd = self.sandbox.rootfs_command(&spec, &self.image.config.argv())?;
        let cgroup = match self.sandbox.cgroups() {
            Some(c) => Some(c.create(replica_id, &self.spec.limits, IMAGE_PIDS_MAX)?),
            None => None,
        };
        if let Some(cg) = &cgroup {
            cmd.join_cgroup(cg)?;
        }
        let SandboxChild { mut child, net } =
            cmd.spawn().await.map_err(|e| RuntimeError::Io(format!("cannot start the image: {e}")))?;
        let observer = self.spec.observer.clone();
        let stderr_tail = Arc::new(Mutex::new(String::new()));
        if let Some(out) = child.stdout.take() {
            crate::worker::forward_lines(out, LogStream::Stdout, observer.clone(), replica_id.to_string(), None);
        }
        if let Some(err) = child.stderr.take() {
            let tail = Some(stderr_tail.clone());
            crate::worker::forward_lines(err, LogStream::Stderr, observer.clone(), replica_id.to_string(), tail);
        }
        let sandbox_pid = child.id().unwrap_or(0);
        observer.event(RuntimeEvent::now(
            EventKind::Started,
            Some(replica_id),
            format!(
                "started {} ({}) on port {}",
                self.image.reference,
                short(&self.image.manifest_digest),
                self.ports[0]
            ),
        ));
        let instance = Arc::new(ImageInstance {
            replica_id: replica_id.to_string(),
            ports: self.ports.clone(),
            health_path: if self.spec.health_path.is_empty() {
                "/healthz".into()
            } else {
                self.spec.health_path.clone()
            },
            limits: self.spec.limits,
            spec_observer: observer,
            netns: Mutex::new(net.as_ref().map(NetNs::shared_fd)),
            _net: net,
            sandbox_pid,
            status: AtomicU8::new(STARTING),
            cgroup,
            oom_before: 0,
            child: tokio::sync::Mutex::new(Some(child)),
            stderr_tail,
            last_cpu: Mutex::new((Instant::now(), Duration::ZERO)),
        });
        instance.watch();
        Ok(instance)
    }
}

fn short(digest: &str) -> &str {
    &digest[..digest.len().min(19)]
}

const STARTING: u8 = 0;
const READY: u8 = 1;
const EXITED: u8 = 2;
const FAILED: u8 = 3;

struct ImageInstance {
    replica_id: String,
    ports: Vec<u16>,
    health_path: String,
    limits: ResourceLimits,
    spec_observer: Arc<dyn ignite_core::runtime::Observer>,
    /// The replica's network namespace, once found.
    netns: Mutex<Option<Arc<OwnedFd>>>,
    /// The user-mode network made for a network-enabled replica.
    _net: Option<NetNs>,
    /// The bubblewrap process (host pid); the replica's processes are below it.
    sandbox_pid: u32,
    status: AtomicU8,
    cgroup: Option<Cgroup>,
    oom_before: u64,
    child: tokio::sync::Mutex<Option<tokio::process::Child>>,
    stderr_tail: Arc<Mutex<String>>,
    last_cpu: Mutex<(Instant, Duration)>,
}

/// A TCP connection to `port` on the loopback of the network namespace `netns`.
async fn connect_in(netns: Arc<OwnedFd>, port: u16) -> std::io::Result<tokio::net::TcpStream> {
    let stream = crate::sandbox::netns::run_in(netns, move || {
        let stream = std::net::TcpStream::connect_timeout(&([127, 0, 0, 1], port).into(), Duration::from_secs(2))?;
        stream.set_nonblocking(true)?;
        Ok(stream)
    })
    .await?;
    tokio::net::TcpStream::from_std(stream)
}

type HttpResponse = hyper::Response<hyper::body::Incoming>;

impl ImageInstance {
    fn observer(&self) -> &Arc<dyn ignite_core::runtime::Observer> {
        &self.spec_observer
    }

    /// The replica's network namespace: that of the first process below bubblewrap.
    fn netns(&self) -> Result<Arc<OwnedFd>, RuntimeError> {
        let mut slot = self.netns.lock().expect("netns lock");
        if let Some(ns) = slot.as_ref() {
            return Ok(ns.clone());
        }
        let inner = std::fs::read_dir(format!("/proc/{}/task", self.sandbox_pid))
            .into_iter()
            .flatten()
            .flatten()
            .find_map(|t| {
                std::fs::read_to_string(t.path().join("children")).ok()?.split_whitespace().next()?.parse::<u32>().ok()
            })
            .ok_or(RuntimeError::NotRunning)?;
        let file = std::fs::File::open(format!("/proc/{inner}/ns/net")).map_err(|_| RuntimeError::NotRunning)?;
        let ns = Arc::new(OwnedFd::from(file));
        *slot = Some(ns.clone());
        Ok(ns)
    }

    /// Sends one request to `port` over a fresh connection.
    async fn send(&self, port: u16, request: hyper::Request<HttpBody>) -> Result<HttpResponse, RuntimeError> {
        let stream = connect_in(self.netns()?, port).await.map_err(|e| RuntimeError::Io(format!("connect: {e}")))?;
        let (mut sender, conn) = hyper::client::conn::http1::handshake(hyper_util::rt::TokioIo::new(stream))
            .await
            .map_err(|e| RuntimeError::Io(format!("handshake: {e}")))?;
        tokio::spawn(async move {
            let _ = conn.await;
        });
        sender.send_request(request).await.map_err(|e| RuntimeError::Io(format!("the image's server: {e}")))
    }

    /// `GET health_path` on the first port: whether it answered 2xx.
    async fn probe(&self) -> Result<(), String> {
        let request = hyper::Request::get(self.health_path.as_str())
            .header("host", "localhost")
            .body(full(Bytes::new()))
            .expect("request");
        match tokio::time::timeout(Duration::from_secs(2), self.send(self.ports[0], request)).await {
            Ok(Ok(resp)) if resp.status().is_success() => Ok(()),
            Ok(Ok(resp)) => Err(format!("GET {} answered {}", self.health_path, resp.status().as_u16())),
            Ok(Err(e)) => Err(e.to_string()),
            Err(_) => Err(format!("GET {} took over 2 s", self.health_path)),
        }
    }

    /// Whether the process has ended; reports how (crash or OOM kill) once.
    async fn exited(&self) -> Option<RuntimeError> {
        let mut child = self.child.lock().await;
        let status = child.as_mut()?.try_wait().ok()??;
        *child = None;
        drop(child);
        self.status.store(EXITED, Ordering::SeqCst);
        let oom = self.cgroup.as_ref().is_some_and(|c| c.oom_kills() > self.oom_before);
        let tail = self.stderr_tail.lock().expect("tail lock").trim().to_string();
        let code = status.code().unwrap_or(-1);
        let error = if oom {
            self.observer().event(RuntimeEvent::now(
                EventKind::OomKilled,
                Some(&self.replica_id),
                format!("the replica exceeded its {} MB memory limit", self.limits.memory_mb),
            ));
            RuntimeError::OutOfMemory { limit_mb: self.limits.memory_mb }
        } else {
            self.observer().event(RuntimeEvent::now(
                EventKind::Crashed,
                Some(&self.replica_id),
                format!(
                    "the image's process exited with code {code}{}",
                    if tail.is_empty() { String::new() } else { format!(": {tail}") }
                ),
            ));
            RuntimeError::Exited { code, message: tail }
        };
        Some(error)
    }

    /// Probes the replica once it is ready, for as long as it runs; after
    /// `LIVENESS_FAILURES` failures in a row it is marked failed and stopped (the pool
    /// replaces it).
    fn watch(self: &Arc<Self>) {
        let me = Arc::downgrade(self);
        tokio::spawn(async move {
            let mut failures = 0;
            loop {
                tokio::time::sleep(LIVENESS_INTERVAL).await;
                let Some(me) = me.upgrade() else { return };
                match me.status.load(Ordering::SeqCst) {
                    STARTING => continue,
                    READY => {}
                    _ => return,
                }
                if me.exited().await.is_some() {
                    return;
                }
                match me.probe().await {
                    Ok(()) => failures = 0,
                    Err(reason) => {
                        failures += 1;
                        if failures >= LIVENESS_FAILURES {
                            me.observer().event(RuntimeEvent::now(
                                EventKind::ProbeFailed,
                                Some(&me.replica_id),
                                format!("liveness probe failed {failures} times: {reason}; the replica is stopped"),
                            ));
                            me.status.store(FAILED, Ordering::SeqCst);
                            me.stop().await;
                            return;
                        }
                    }
                }
            }
        });
    }
}

type HttpBody = http_body_util::combinators::UnsyncBoxBody<Bytes, std::io::Error>;

fn full(bytes: Bytes) -> HttpBody {
    http_body_util::Full::new(bytes).map_err(|never| match never {}).boxed_unsync()
}

#[async_trait]
impl Instance for ImageInstance {
    fn replica_id(&self) -> &str {
        &self.replica_id
    }

    async fn ready(&self) -> Result<(), RuntimeError> {
        let startup = self.limits.timeout().clamp(STARTUP_DEADLINE, MAX_STARTUP);
        let deadline = Instant::now() + startup;
        loop {
            if let Some(e) = self.exited().await {
                return Err(e);
            }
            let last = match self.probe().await {
                Ok(()) => {
                    self.status.store(READY, Ordering::SeqCst);
                    return Ok(());
                }
                Err(reason) => reason,
            };
            if Instant::now() >= deadline {
                self.observer().event(RuntimeEvent::now(
                    EventKind::ProbeFailed,
                    Some(&self.replica_id),
                    format!("readiness probe never passed within {startup:?}: {last}"),
                ));
                self.status.store(FAILED, Ordering::SeqCst);
                self.stop().await;
                return Err(RuntimeError::Io(format!("the image never became ready: {last}")));
            }
            tokio::time::sleep(PROBE_INTERVAL_STARTING).await;
        }
    }

    async fn invoke(&self, invocation: Invocation) -> Result<InvocationResponse, RuntimeError> {
        if self.status.load(Ordering::SeqCst) != READY {
            return Err(RuntimeError::NotRunning);
        }
        let Invocation { ctx, mut head, body, port, cancel } = invocation;
        head.inject_context(&ctx);
        let port = port.filter(|p| self.ports.contains(p)).unwrap_or(self.ports[0]);
        let path = if head.path.is_empty() { "/".to_string() } else { head.path.clone() };
        let uri = if head.query.is_empty() { path } else { format!("{path}?{}", head.query) };
        let method = if head.method.is_empty() { "POST" } else { head.method.as_str() };
        let mut builder = hyper::Request::builder().method(method).uri(uri).header("host", format!("localhost:{port}"));
        for (name, value) in &head.headers {
            if !ignite_core::runtime::is_hop_by_hop(name) {
                builder = builder.header(name.as_str(), value.as_str());
            }
        }
        let body = match body {
            Body::Full(bytes) => full(bytes),
            Body::Stream(stream) => {
                let frames = stream
                    .map(|chunk| chunk.map(hyper::body::Frame::data).map_err(|e| std::io::Error::other(e.to_string())));
                BodyExt::boxed_unsync(http_body_util::StreamBody::new(frames))
            }
        };
        let request = builder.body(body).map_err(|e| RuntimeError::Io(format!("invalid request: {e}")))?;
        let timeout = self.limits.timeout();
        // A cancelled call closes its request's connection: the HTTP way to say the
        // caller left (the container serves its other calls on).
        let sent = tokio::select! {
            sent = tokio::time::timeout(timeout, self.send(port, request)) => sent,
            _ = cancel.cancelled() => return Err(RuntimeError::Cancelled),
        };
        let response = match sent {
            Ok(Ok(r)) => r,
            Ok(Err(e)) => {
                return Err(self.exited().await.unwrap_or(e));
            }
            Err(_) => return Err(RuntimeError::Timeout(timeout)),
        };
        let head = ignite_core::runtime::ResponseHead {
            status: response.status().as_u16(),
            headers: response
                .headers()
                .iter()
                .filter(|(n, _)| !ignite_core::runtime::is_hop_by_hop(n.as_str()))
                .filter_map(|(n, v)| Some((n.as_str().to_string(), v.to_str().ok()?.to_string())))
                .collect(),
        };
        let body = response
            .into_body()
            .into_data_stream()
            .map(|chunk| chunk.map_err(|e| RuntimeError::Io(e.to_string())))
            .take_until(cancel.cancelled_owned());
        Ok(InvocationResponse { head, body: Box::pin(body) })
    }

    fn status(&self) -> InstanceStatus {
        match self.status.load(Ordering::SeqCst) {
            STARTING => InstanceStatus::Starting,
            READY => InstanceStatus::Ready,
            EXITED => InstanceStatus::Exited { code: None },
            _ => InstanceStatus::Failed,
        }
    }

    fn usage(&self) -> ResourceUsage {
        let Some(cg) = &self.cgroup else { return ResourceUsage::default() };
        let cpu_time = cg.cpu_time();
        let mut last = self.last_cpu.lock().expect("cpu lock");
        let elapsed = last.0.elapsed();
        let used = cpu_time.saturating_sub(last.1);
        *last = (Instant::now(), cpu_time);
        let cpu_millicores =
            if elapsed.is_zero() { 0 } else { (used.as_secs_f64() / elapsed.as_secs_f64() * 1000.0) as u64 };
        ResourceUsage { cpu_millicores, memory_bytes: cg.memory_bytes(), cpu_time }
    }

    async fn stop(&self) {
        if self.status.load(Ordering::SeqCst) == READY || self.status.load(Ordering::SeqCst) == STARTING {
            self.status.store(EXITED, Ordering::SeqCst);
        }
        if let Some(cg) = &self.cgroup {
            cg.kill_all();
        }
        if let Some(mut child) = self.child.lock().await.take() {
            let _ = child.kill().await;
        }
    }
}
