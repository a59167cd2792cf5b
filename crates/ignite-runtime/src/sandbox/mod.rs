//! The process sandbox of every process the server starts for a tenant: guests
//! (Python, native, Go, Deno, images), builds and the tools of builds (pip, cargo, go,
//! deno, git, buildah).
//!
//! A sandboxed process runs under bubblewrap in new user, pid, mount, IPC, UTS and
//! cgroup namespaces and a network namespace of its own; it sees a read-only view of
//! the system directories it needs (and of `/etc`, only the entries in [`ETC`]), its
//! own inputs and outputs, a private `/tmp` and its own `/proc`; it runs as uid 65534
//! with every capability dropped, `no_new_privs`, and the seccomp profile of
//! [`seccomp`]; it joins its cgroup (memory, pids, CPU) before it executes anything.
//! Its network is one of [`Network`]: loopback only, an egress proxy (builds), or
//! user-mode networking behind a packet filter (network-enabled apps) ([`netns`]).
//!
//! Architecture invariant: the server fails closed. [`Sandbox::require`] refuses to
//! run without bubblewrap, cgroups and seccomp unless the operator passes
//! `--insecure-no-sandbox`, and then every report says so.

mod cgroups;
pub mod netns;
pub mod seccomp;

use std::fmt;
use std::fs;
use std::io;
use std::os::fd::{AsRawFd, OwnedFd, RawFd};
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub use cgroups::{Cgroup, Cgroups};
use ignite_core::runtime::{BuildLog, RuntimeError};
pub use netns::{NetNs, UserNetTools};
use seccomp::Profile;

use crate::egress::{Destination, EgressPolicy};

/// Processes a replica may have at once (fork bombs stop here).
pub const DEFAULT_PIDS_MAX: u32 = 64;

/// The entries of the host's `/etc` a sandbox sees (read-only): what programs need to
/// resolve names, find libraries and certificates, and name users. Nothing else of
/// `/etc` (no `shadow`, no keys, no configuration of the server).
pub const ETC: &[&str] = &[
    "passwd",
    "group",
    "hosts",
    "resolv.conf",
    "nsswitch.conf",
    "host.conf",
    "gai.conf",
    "localtime",
    "timezone",
    "ld.so.cache",
    "ld.so.conf",
    "ld.so.conf.d",
    "alternatives",
    "ssl/certs",
    "ssl/openssl.cnf",
    "ca-certificates",
    "ca-certificates.conf",
    "pki/tls/certs",
    "mime.types",
    "protocols",
    "services",
    "os-release",
    "debian_version",
];

/// A copy of the [`ETC`] entries of the host's `/etc` (files, links and directories as
/// they are), taken when the sandbox is made: what every sandbox mounts as its `/etc`.
/// It lives in `<tmp>/ignite-etc/p<pid>-<id>`; copies of processes that are gone (a
/// killed server) are removed when the next one is made.
#[derive(Debug)]
struct EtcSnapshot(PathBuf);

impl EtcSnapshot {
    fn take() -> io::Result<EtcSnapshot> {
        use std::os::unix::fs::PermissionsExt;
        let base = std::env::temp_dir().join("ignite-etc");
        fs::create_dir_all(&base)?;
        fs::set_permissions(&base, fs::Permissions::from_mode(0o755))?;
        for entry in fs::read_dir(&base)?.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let owner = name.strip_prefix('p').and_then(|rest| rest.split('-').next()?.parse::<u32>().ok());
            if owner.is_some_and(|pid| !Path::new(&format!("/proc/{pid}")).exists()) {
                let _ = fs::remove_dir_all(entry.path());
            }
        }
        let dir = base.join(format!("p{}-{}", std::process::id(), &uuid::Uuid::new_v4().simple().to_string()[..8]));
        fs::create_dir(&dir)?;
        fs::set_permissions(&dir, fs::Permissions::from_mode(0o755))?;
        let snapshot = EtcSnapshot(dir);
        for entry in ETC {
            let from = Path::new("/etc").join(entry);
            if fs::symlink_metadata(&from).is_err() {
                continue;
            }
            let to = snapshot.0.join(entry);
            fs::create_dir_all(to.parent().expect("below the snapshot"))?;
            crate::copy_tree(&from, &to)?;
        }
        Ok(snapshot)
    }
}

impl Drop for EtcSnapshot {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

/// Hosts builds reach through their proxy by default: the package registries of the
/// compiled runtimes and Python, and the container registries Dockerfiles pull from.
pub const DEFAULT_BUILD_HOSTS: &[&str] = &[
    "crates.io",
    "*.crates.io",
    "pypi.org",
    "files.pythonhosted.org",
    "registry.npmjs.org",
    "deno.land",
    "*.deno.land",
    "jsr.io",
    "*.jsr.io",
    "proxy.golang.org",
    "sum.golang.org",
    "registry-1.docker.io",
    "auth.docker.io",
    "production.cloudflare.docker.com",
    "ghcr.io",
    "pkg-containers.githubusercontent.com",
    "quay.io",
    "*.quay.io",
    "gcr.io",
    "*.pkg.dev",
    "mcr.microsoft.com",
    "*.data.mcr.microsoft.com",
    "public.ecr.aws",
];

/// What the operator lets tenants' builds and fetches reach.
#[derive(Debug, Clone, Default)]
pub struct EgressSettings {
    /// Loopback, private or link-local destinations that builds, registry pulls and git
    /// clones may reach anyway (a registry or git server on the operator's network).
    pub exceptions: Vec<Destination>,
    /// Hosts package installs and compiles may reach ([`DEFAULT_BUILD_HOSTS`]).
    pub build_hosts: Vec<String>,
}

impl EgressSettings {
    pub fn new(exceptions: Vec<Destination>) -> EgressSettings {
        EgressSettings { exceptions, build_hosts: DEFAULT_BUILD_HOSTS.iter().map(|h| h.to_string()).collect() }
    }

    /// The policy of package installs and compiles.
    pub fn builds(&self) -> Arc<EgressPolicy> {
        Arc::new(EgressPolicy { hosts: self.build_hosts.clone(), exceptions: self.exceptions.clone() })
    }

    /// The policy of a fetch from one host (a git clone): that host only.
    pub fn only(&self, host: &str) -> Arc<EgressPolicy> {
        Arc::new(EgressPolicy { hosts: vec![host.to_ascii_lowercase()], exceptions: self.exceptions.clone() })
    }

    /// Any public host (registry pulls), and the exceptions.
    pub fn public(&self) -> Arc<EgressPolicy> {
        Arc::new(EgressPolicy { hosts: vec![], exceptions: self.exceptions.clone() })
    }
}

/// The network of a sandbox.
#[derive(Clone, Default)]
pub enum Network {
    /// A namespace of its own with loopback only.
    #[default]
    Isolated,
    /// Loopback, and an egress proxy with this policy at [`netns::PROXY_ADDR`], named
    /// by `HTTP_PROXY` / `HTTPS_PROXY` (builds). Refusals go to the log.
    Proxy { policy: Arc<EgressPolicy>, log: Option<Arc<dyn BuildLog>> },
    /// User-mode networking behind the packet filter, with this allow-list on top when
    /// it is not empty (network-enabled apps).
    User { allow: Arc<Vec<Destination>> },
    /// The host's network: the local developer loop only, never the server.
    Host,
}

impl fmt::Debug for Network {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Network::Isolated => f.write_str("Isolated"),
            Network::Proxy { policy, .. } => f.debug_struct("Proxy").field("policy", policy).finish(),
            Network::User { allow } => f.debug_struct("User").field("allow", allow).finish(),
            Network::Host => f.write_str("Host"),
        }
    }
}

impl Network {
    /// The network of an app: user-mode networking behind its allow-list when enabled,
    /// else none.
    pub fn app(enabled: bool, allow: &[String]) -> Result<Network, RuntimeError> {
        if !enabled {
            return Ok(Network::Isolated);
        }
        let allow = allow
            .iter()
            .map(|entry| {
                entry.parse::<Destination>().map_err(|e| RuntimeError::InvalidArtifact(format!("egressAllow: {e}")))
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Network::User { allow: Arc::new(allow) })
    }

    fn has_inet(&self) -> bool {
        !matches!(self, Network::Isolated)
    }
}

#[derive(Debug, Clone)]
pub struct Sandbox {
    bwrap: Option<PathBuf>,
    cgroups: Option<Cgroups>,
    seccomp: bool,
    user_net: Option<UserNetTools>,
    /// Running although pieces are missing, by the operator's explicit choice.
    insecure: bool,
    egress: EgressSettings,
    /// The isolation of earlier releases, for measuring what the current one costs
    /// ([`Sandbox::unhardened`]).
    unhardened: bool,
    /// A copy of the [`ETC`] entries, mounted as `/etc` (none: one mount per entry).
    etc: Option<Arc<EtcSnapshot>>,
}

/// What one sandboxed process sees.
#[derive(Debug, Clone, Default)]
pub struct SandboxSpec {
    /// Mounted at `/app`: read-only, unless `writable_app` (builds).
    pub app_dir: PathBuf,
    pub writable_app: bool,
    /// Writable mounts: (host path, path inside).
    pub rw_binds: Vec<(PathBuf, PathBuf)>,
    /// More read-only mounts: (host path, path inside).
    pub ro_binds: Vec<(PathBuf, PathBuf)>,
    pub network: Network,
    /// IPv4 and IPv6 sockets even with an isolated network (they reach only the
    /// sandbox's own loopback): the local developer loop, whose audit observes and
    /// polices them itself.
    pub loopback_sockets: bool,
    /// The whole environment (nothing is inherited).
    pub env: Vec<(String, String)>,
}

/// A process on an image's root filesystem (see `image`).
#[derive(Debug, Clone)]
pub struct RootfsSpec {
    /// Mounted read-only at `/`; must hold the mount points `/proc`, `/dev`, `/tmp`.
    pub rootfs: PathBuf,
    pub working_dir: String,
    pub uid: u32,
    pub gid: u32,
    pub network: Network,
    /// The whole environment (nothing is inherited).
    pub env: Vec<(String, String)>,
}

impl Sandbox {
    /// Finds what this machine offers: bubblewrap, a writable cgroup hierarchy, seccomp,
    /// and the tools of user-mode networking.
    pub fn detect() -> Sandbox {
        let bwrap = ["/usr/bin/bwrap", "/bin/bwrap", "/usr/local/bin/bwrap"].iter().map(PathBuf::from).find(|p| {
            use std::os::unix::fs::PermissionsExt;
            p.metadata().is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
        });
        Sandbox {
            bwrap,
            cgroups: Cgroups::detect(),
            seccomp: seccomp::available(),
            user_net: UserNetTools::detect(),
            insecure: false,
            egress: EgressSettings::new(vec![]),
            unhardened: false,
            etc: match EtcSnapshot::take() {
                Ok(dir) => Some(Arc::new(dir)),
                Err(e) => {
                    tracing::warn!("copying the sandbox's /etc: {e}; mounting its entries one by one");
                    None
                }
            },
        }
    }

    /// A sandbox that isolates nothing (for tests of the isolation itself).
    pub fn none() -> Sandbox {
        Sandbox {
            bwrap: None,
            cgroups: None,
            seccomp: false,
            user_net: None,
            insecure: true,
            egress: EgressSettings::default(),
            unhardened: false,
            etc: None,
        }
    }

    /// The isolation as it was before tenant containment: namespaces and cgroups, but no
    /// seccomp profile, the host's whole `/etc`, a writable sandbox root, and the host's
    /// network for network-enabled apps. Only for `cargo xtask bench sandbox`, which
    /// prints what the hardening costs next to it; never for tenants' code.
    pub fn unhardened(mut self) -> Sandbox {
        self.unhardened = true;
        self.seccomp = false;
        self
    }

    /// The same sandbox with the operator's egress settings.
    pub fn with_egress(mut self, egress: EgressSettings) -> Sandbox {
        self.egress = egress;
        self
    }

    pub fn egress(&self) -> &EgressSettings {
        &self.egress
    }

    /// The pieces of isolation this machine lacks, each with how to get it.
    pub fn missing(&self) -> Vec<&'static str> {
        let mut missing = Vec::new();
        if self.bwrap.is_none() {
            missing.push("bubblewrap (the Debian package bubblewrap)");
        }
        if self.cgroups.is_none() {
            missing.push("a writable cgroup hierarchy (v1 or v2)");
        }
        if !self.seccomp {
            missing.push("seccomp filters (a kernel with CONFIG_SECCOMP_FILTER)");
        }
        missing
    }

    /// This sandbox if nothing is missing; with pieces missing, an error naming them and
    /// the flag, unless `insecure` (the operator's `--insecure-no-sandbox`), in which
    /// case it runs without them and says so in every report.
    pub fn require(mut self, insecure: bool) -> Result<Sandbox, String> {
        let missing = self.missing();
        if missing.is_empty() {
            return Ok(self);
        }
        if !insecure {
            return Err(format!(
                "refusing to run tenants' code without isolation: missing {}; install it, or start with \
                 --insecure-no-sandbox to run without it (never with untrusted code)",
                missing.join(", ")
            ));
        }
        tracing::warn!(missing = missing.join(", "), "INSECURE: running tenants' code without full isolation");
        self.insecure = true;
        Ok(self)
    }

    /// Whether the sandbox runs with pieces missing (`--insecure-no-sandbox`).
    pub fn is_insecure(&self) -> bool {
        self.insecure
    }

    pub fn cgroups(&self) -> Option<&Cgroups> {
        self.cgroups.as_ref()
    }

    pub fn isolates(&self) -> bool {
        self.bwrap.is_some()
    }

    /// In words, what is enforced.
    pub fn report(&self) -> String {
        format!(
            "{}namespaces: {}; cgroups: {}; seccomp: {}; user-mode network: {}",
            if self.insecure { "INSECURE (--insecure-no-sandbox): " } else { "" },
            if self.bwrap.is_some() { "bubblewrap" } else { "none" },
            self.cgroups.as_ref().map(|c| c.version_label()).unwrap_or("none"),
            if self.seccomp { "on" } else { "off" },
            if self.user_net.is_some() { "slirp4netns + nftables" } else { "unavailable" },
        )
    }

    /// The command that runs `program args` in the sandbox.
    pub fn command(&self, spec: &SandboxSpec, program: &Path, args: &[&str]) -> SandboxCommand {
        let Some(bwrap) = &self.bwrap else {
            let mut cmd = tokio::process::Command::new(program);
            cmd.args(args).env_clear().envs(spec.env.iter().map(|(k, v)| (k, v))).current_dir(&spec.app_dir);
            return SandboxCommand::new(cmd, Network::Host, None);
        };
        let network = self.network(&spec.network);
        let mut sc = SandboxCommand::new(tokio::process::Command::new(bwrap), network.clone(), self.user_net.clone());
        let profile = Profile { inet: network.has_inet() || spec.loopback_sockets, image_builder: false };
        self.namespaces(&mut sc, &network, profile);
        // The private /tmp first: mounts below it (a tool installed under /tmp) stay visible.
        sc.args(["--tmpfs", "/tmp"]);
        sc.args(["--ro-bind", "/usr", "/usr"]);
        for dir in ["/lib", "/lib64", "/bin", "/sbin"] {
            sc.args(["--ro-bind-try", dir, dir]);
        }
        self.etc(&mut sc, &network, &[]);
        for (host, inside) in &spec.ro_binds {
            sc.arg("--ro-bind").arg(host).arg(inside);
        }
        for (host, inside) in &spec.rw_binds {
            sc.arg("--bind").arg(host).arg(inside);
        }
        sc.arg(if spec.writable_app { "--bind" } else { "--ro-bind" }).arg(&spec.app_dir).arg("/app");
        sc.args(["--proc", "/proc", "--dev", "/dev", "--chdir", "/app"]);
        if !self.unhardened {
            // Everything but the mounts made writable above (and /tmp) is read-only, the
            // sandbox's own root (where /etc's mount points live) included.
            sc.args(["--remount-ro", "/"]);
        }
        sc.args(["--cap-drop", "ALL", "--uid", "65534", "--gid", "65534"]);
        Self::environment(&mut sc, &spec.env, &network);
        sc.arg("--").arg(program).args(args);
        sc
    }

    /// The network a spec gets (unhardened: the host's, as before user-mode networking).
    fn network(&self, network: &Network) -> Network {
        match network {
            Network::User { .. } if self.unhardened => Network::Host,
            other => other.clone(),
        }
    }

    /// The command that runs `argv` on an image's root filesystem: the same namespaces,
    /// profile and dropped capabilities as [`Sandbox::command`], the image's user, a
    /// private `/tmp`. Images need bubblewrap: without it there is no way to give them
    /// their own root. An image always may use IPv4 and IPv6 sockets: it serves on its
    /// own namespace's loopback.
    pub fn rootfs_command(&self, spec: &RootfsSpec, argv: &[String]) -> io::Result<SandboxCommand> {
        let Some(bwrap) = &self.bwrap else {
            return Err(io::Error::new(
                io::ErrorKind::Unsupported,
                "images need bubblewrap (the Debian package bubblewrap) to run in their own root filesystem",
            ));
        };
        let (program, args) = argv.split_first().ok_or_else(|| io::Error::other("the image has no command"))?;
        let network = self.network(&spec.network);
        let mut sc = SandboxCommand::new(tokio::process::Command::new(bwrap), network.clone(), self.user_net.clone());
        self.namespaces(&mut sc, &network, Profile { inet: true, image_builder: false });
        sc.arg("--ro-bind").arg(&spec.rootfs).arg("/");
        sc.args(["--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp"]);
        if matches!(network, Network::User { .. }) {
            Self::resolv_conf(&mut sc);
        }
        sc.arg("--chdir").arg(&spec.working_dir);
        sc.args(["--cap-drop", "ALL"]);
        sc.arg("--uid").arg(spec.uid.to_string()).arg("--gid").arg(spec.gid.to_string());
        Self::environment(&mut sc, &spec.env, &network);
        sc.arg("--").arg(program).args(args);
        Ok(sc)
    }

    /// The command that runs an image builder (buildah) in the sandbox: as root of a
    /// user namespace whose root is the host's root and whose other ids are
    /// [`BUILDER_UID_BASE`] and up (so it can own an image's files), with the
    /// capabilities [`BUILDER_CAPS`] and the builder's seccomp profile (mounts and
    /// mount, pid, UTS and IPC namespaces allowed; user and network namespaces not). It
    /// sees the system directories, the curated `/etc` plus `/etc/containers`, `/sys`
    /// read-only, and `spec`'s mounts. The steps it runs for a Dockerfile get its own
    /// reduced capabilities (no `CAP_SYS_ADMIN`).
    pub fn image_builder_command(
        &self,
        spec: &SandboxSpec,
        program: &Path,
        args: &[&str],
    ) -> io::Result<SandboxCommand> {
        let Some(bwrap) = &self.bwrap else {
            return Err(io::Error::new(
                io::ErrorKind::Unsupported,
                "image builds need bubblewrap (the Debian package bubblewrap)",
            ));
        };
        let mut sc =
            SandboxCommand::new(tokio::process::Command::new(bwrap), spec.network.clone(), self.user_net.clone());
        sc.map_ids = true;
        self.namespaces(&mut sc, &spec.network, Profile { inet: spec.network.has_inet(), image_builder: true });
        sc.args(["--tmpfs", "/tmp", "--tmpfs", "/var/tmp", "--tmpfs", "/run"]);
        sc.args(["--ro-bind", "/usr", "/usr"]);
        for dir in ["/lib", "/lib64", "/bin", "/sbin"] {
            sc.args(["--ro-bind-try", dir, dir]);
        }
        self.etc(&mut sc, &spec.network, &["containers"]);
        sc.args(["--ro-bind", "/sys", "/sys"]);
        for (host, inside) in &spec.ro_binds {
            sc.arg("--ro-bind").arg(host).arg(inside);
        }
        for (host, inside) in &spec.rw_binds {
            sc.arg("--bind").arg(host).arg(inside);
        }
        sc.arg(if spec.writable_app { "--bind" } else { "--ro-bind" }).arg(&spec.app_dir).arg("/app");
        sc.args(["--proc", "/proc", "--dev", "/dev", "--remount-ro", "/", "--chdir", "/app"]);
        sc.args(["--uid", "0", "--gid", "0", "--cap-drop", "ALL"]);
        for cap in BUILDER_CAPS {
            sc.args(["--cap-add", cap]);
        }
        Self::environment(&mut sc, &spec.env, &spec.network);
        sc.arg("--").arg(program).args(args);
        Ok(sc)
    }

    /// The namespaces and the seccomp programs.
    fn namespaces(&self, sc: &mut SandboxCommand, network: &Network, profile: Profile) {
        sc.args(["--unshare-user", "--unshare-pid", "--unshare-ipc", "--unshare-uts", "--unshare-cgroup-try"]);
        if sc.map_ids {
            // The ids are mapped by `spawn` while bubblewrap waits (see BUILDER_UID_BASE).
            let (info, block) = (sc.reserve_fd(), sc.reserve_fd());
            sc.args(["--info-fd", &info.to_string(), "--userns-block-fd", &block.to_string()]);
        }
        if matches!(network, Network::Isolated) {
            // Proxy and User join the namespace prepared for them (see `spawn`).
            sc.arg("--unshare-net");
        }
        sc.args(["--die-with-parent", "--new-session"]);
        if self.seccomp {
            for program in seccomp::programs(profile) {
                let fd = sc.pass_data(program);
                sc.arg("--add-seccomp-fd").arg(fd.to_string());
            }
        }
    }

    /// The entries of `/etc` in [`ETC`]; a user-mode network gets its own resolver.
    /// `/etc`: the [`ETC`] entries, and the `extra` ones (an image builder's
    /// `containers`); a user-mode network gets its own resolver.
    fn etc(&self, sc: &mut SandboxCommand, network: &Network, extra: &[&str]) {
        if self.unhardened {
            sc.args(["--ro-bind", "/etc", "/etc"]);
            return;
        }
        match &self.etc {
            // One mount: a bind per entry costs a quarter of a millisecond each.
            Some(snapshot) if extra.is_empty() => {
                sc.arg("--ro-bind").arg(&snapshot.0).arg("/etc");
            }
            _ => {
                for entry in ETC.iter().chain(extra) {
                    let path = Path::new("/etc").join(entry);
                    sc.arg("--ro-bind-try").arg(&path).arg(&path);
                }
            }
        }
        if matches!(network, Network::User { .. }) {
            Self::resolv_conf(sc);
        }
    }

    fn resolv_conf(sc: &mut SandboxCommand) {
        let fd = sc.pass_data(format!("nameserver {}\n", netns::SLIRP_DNS).as_bytes());
        sc.args(["--ro-bind-data", &fd.to_string(), "/etc/resolv.conf"]);
    }

    /// The environment: exactly `env`, and the proxy for a proxied network.
    fn environment(sc: &mut SandboxCommand, env: &[(String, String)], network: &Network) {
        sc.arg("--clearenv");
        for (k, v) in env {
            sc.arg("--setenv").arg(k).arg(v);
        }
        if matches!(network, Network::Proxy { .. }) {
            let proxy = format!("http://{}", netns::PROXY_ADDR);
            for name in ["HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy", "ALL_PROXY", "all_proxy"] {
                sc.arg("--setenv").arg(name).arg(&proxy);
            }
        }
    }
}

/// The first host uid (and gid) of an image builder's user namespace: its ids 1 to
/// 65535 are host ids `BUILDER_UID_BASE + 1` and up, which no account uses.
pub const BUILDER_UID_BASE: u32 = 1_000_000_000;

/// The capabilities of an image builder inside its user namespace.
pub const BUILDER_CAPS: &[&str] = &[
    "CAP_CHOWN",
    "CAP_DAC_OVERRIDE",
    "CAP_FOWNER",
    "CAP_FSETID",
    "CAP_KILL",
    "CAP_SETGID",
    "CAP_SETUID",
    "CAP_SETPCAP",
    "CAP_SETFCAP",
    "CAP_NET_BIND_SERVICE",
    "CAP_SYS_CHROOT",
    "CAP_SYS_ADMIN",
    "CAP_MKNOD",
];

/// A sandboxed command, ready to spawn: the network it needs is made at
/// [`SandboxCommand::spawn`], before the first instruction of the sandboxed program.
pub struct SandboxCommand {
    cmd: tokio::process::Command,
    network: Network,
    user_net: Option<UserNetTools>,
    /// Descriptors the child gets, at these numbers.
    fds: Vec<(OwnedFd, RawFd)>,
    /// `cgroup.procs` files the child writes itself into.
    cgroup_files: Vec<OwnedFd>,
    next_fd: RawFd,
    /// Map the user namespace's ids at spawn (image builders).
    map_ids: bool,
    /// stdout and stderr go where the caller said, not to pipes.
    custom_output: bool,
    /// stdin is a pipe (the caller writes the program's input), not closed.
    piped_stdin: bool,
    /// (info-fd, userns-block-fd) numbers reserved for the id mapping.
    id_fds: Vec<RawFd>,
}

/// The first descriptor number the sandbox hands out for its own use (the worker
/// protocol's socket is 3).
const FIRST_OWN_FD: RawFd = 10;
/// The most descriptors a command may pass.
const MAX_FDS: usize = 16;

impl SandboxCommand {
    fn new(mut cmd: tokio::process::Command, network: Network, user_net: Option<UserNetTools>) -> SandboxCommand {
        cmd.env_clear();
        SandboxCommand {
            cmd,
            network,
            user_net,
            fds: Vec::new(),
            cgroup_files: Vec::new(),
            next_fd: FIRST_OWN_FD,
            map_ids: false,
            custom_output: false,
            piped_stdin: false,
            id_fds: Vec::new(),
        }
    }

    fn arg(&mut self, arg: impl AsRef<std::ffi::OsStr>) -> &mut Self {
        self.cmd.arg(arg);
        self
    }

    fn args<I: IntoIterator<Item = S>, S: AsRef<std::ffi::OsStr>>(&mut self, args: I) -> &mut Self {
        self.cmd.args(args);
        self
    }

    /// Sets an environment variable of the launcher process itself (a sandboxed
    /// program's environment is the spec's, inside).
    pub fn launcher_env(&mut self, key: &str, value: &str) -> &mut Self {
        self.cmd.env(key, value);
        self
    }

    /// Sends the child's stdout and stderr to these files instead of pipes.
    pub fn outputs(&mut self, stdout: OwnedFd, stderr: OwnedFd) {
        self.cmd.stdout(stdout).stderr(stderr);
        self.custom_output = true;
    }

    /// Gives the child a stdin pipe instead of a closed stdin.
    pub fn piped_stdin(&mut self) {
        self.piped_stdin = true;
    }

    /// Makes `fd` the child's descriptor `target` (the worker protocol socket is 3).
    pub fn pass_fd(&mut self, fd: OwnedFd, target: RawFd) {
        assert!(target < FIRST_OWN_FD, "descriptors from {FIRST_OWN_FD} are the sandbox's own");
        self.fds.push((fd, target));
    }

    /// A descriptor number for `spawn` to fill.
    fn reserve_fd(&mut self) -> RawFd {
        let target = self.next_fd;
        self.next_fd += 1;
        self.id_fds.push(target);
        target
    }

    /// A descriptor of the child's from which `data` can be read to its end.
    fn pass_data(&mut self, data: &[u8]) -> RawFd {
        let (read, mut write) = std::io::pipe().expect("a pipe");
        // Pipes hold 64 KiB; the data here (filters, a resolv.conf) is far smaller.
        std::io::Write::write_all(&mut write, data).expect("writing a pipe");
        drop(write);
        let target = self.next_fd;
        self.next_fd += 1;
        self.fds.push((read.into(), target));
        target
    }

    /// The child joins `cgroup` before it executes anything, so that every process it
    /// forks is inside from the start.
    pub fn join_cgroup(&mut self, cgroup: &Cgroup) -> io::Result<()> {
        self.cgroup_files.extend(cgroup.procs_files()?);
        Ok(())
    }

    /// Makes the network, then starts the child (stdin closed, stdout and stderr piped
    /// unless [`SandboxCommand::outputs`] said otherwise, killed when dropped).
    pub async fn spawn(self) -> Result<SandboxChild, RuntimeError> {
        let SandboxCommand {
            mut cmd,
            network,
            user_net,
            mut fds,
            cgroup_files,
            map_ids,
            id_fds,
            custom_output,
            piped_stdin,
            ..
        } = self;
        // An image builder's ids: bubblewrap reports its child (info) and waits (block).
        let id_pipes = if map_ids {
            let (info_read, info_write) = std::io::pipe()?;
            let (block_read, block_write) = std::io::pipe()?;
            fds.push((info_write.into(), id_fds[0]));
            fds.push((block_read.into(), id_fds[1]));
            Some((info_read, block_write))
        } else {
            None
        };
        let net = match network {
            Network::Proxy { policy, log } => {
                let mut ns = crate::blocking(NetNs::create).await?;
                ns.serve_proxy(policy, log).await?;
                Some(ns)
            }
            Network::User { allow } => {
                let tools = user_net.ok_or_else(|| {
                    RuntimeError::Unsupported(
                        "network-enabled apps need user-mode networking: install the Debian packages slirp4netns \
                         and nftables"
                            .into(),
                    )
                })?;
                let mut ns = crate::blocking(NetNs::create).await?;
                ns.user_network(&tools, &allow).await?;
                Some(ns)
            }
            Network::Isolated | Network::Host => None,
        };
        let netns = net.as_ref().map(|n| n.fd().as_raw_fd());
        let cgroups: Vec<RawFd> = cgroup_files.iter().map(|f| f.as_raw_fd()).collect();
        let mapping: Vec<(RawFd, RawFd)> = fds.iter().map(|(fd, target)| (fd.as_raw_fd(), *target)).collect();
        assert!(mapping.len() <= MAX_FDS, "at most {MAX_FDS} descriptors");
        // SAFETY: only async-signal-safe calls (setns, write, fcntl, dup2, close) between
        // fork and exec; the descriptors stay open in the parent until the spawn returns.
        unsafe {
            cmd.pre_exec(move || {
                if let Some(ns) = netns
                    && libc::setns(ns, libc::CLONE_NEWNET) != 0
                {
                    return Err(io::Error::last_os_error());
                }
                for fd in &cgroups {
                    if libc::write(*fd, b"0".as_ptr().cast(), 1) < 0 {
                        return Err(io::Error::last_os_error());
                    }
                }
                move_fds(&mapping)
            });
        }
        cmd.stdin(if piped_stdin { std::process::Stdio::piped() } else { std::process::Stdio::null() })
            .kill_on_drop(true);
        if !custom_output {
            cmd.stdout(std::process::Stdio::piped()).stderr(std::process::Stdio::piped());
        }
        let child = cmd.spawn().map_err(|e| RuntimeError::Io(format!("cannot start the sandbox: {e}")))?;
        drop((fds, cgroup_files));
        if let Some((info, release)) = id_pipes {
            crate::blocking(move || map_builder_ids(info, release)).await?;
        }
        Ok(SandboxChild { child, net })
    }
}

/// A running sandboxed process and the network namespace made for it (which must live
/// as long as the process).
pub struct SandboxChild {
    pub child: tokio::process::Child,
    pub net: Option<NetNs>,
}

/// Maps the ids of an image builder's user namespace (bubblewrap names its child on
/// `info` and waits until `release` is written): root to the host's root (bubblewrap
/// mounts what the build needs as root), 1 to 65535 to [`BUILDER_UID_BASE`] + 1 and up,
/// with `setgroups` allowed (a Dockerfile's steps run with their own groups).
fn map_builder_ids(info: std::io::PipeReader, mut release: std::io::PipeWriter) -> io::Result<()> {
    let mut text = Vec::new();
    let mut buf = [0u8; 1024];
    loop {
        let n = std::io::Read::read(&mut &info, &mut buf)?;
        if n == 0 {
            return Err(io::Error::other("the sandbox ended before its user namespace was ready"));
        }
        text.extend_from_slice(&buf[..n]);
        if let Ok(value) = serde_json::from_slice::<serde_json::Value>(&text) {
            let pid = value["child-pid"].as_u64().ok_or_else(|| io::Error::other("bubblewrap named no child"))?;
            let map = format!("0 0 1\n1 {} 65535\n", BUILDER_UID_BASE + 1);
            fs::write(format!("/proc/{pid}/uid_map"), &map)?;
            fs::write(format!("/proc/{pid}/setgroups"), "allow")?;
            fs::write(format!("/proc/{pid}/gid_map"), &map)?;
            std::io::Write::write_all(&mut release, b"1")?;
            return Ok(());
        }
    }
}

/// In a child between fork and exec: makes each (source, target) descriptor `target`,
/// inherited across exec. Two steps, so that no target overwrites a source still to be
/// moved. Only async-signal-safe calls (fcntl, dup2, close); no allocation.
fn move_fds(mapping: &[(RawFd, RawFd)]) -> io::Result<()> {
    let mut moved = [-1; MAX_FDS];
    for (i, (source, _)) in mapping.iter().enumerate() {
        // SAFETY: fcntl on a descriptor the parent keeps open until the spawn returns.
        moved[i] = unsafe { libc::fcntl(*source, libc::F_DUPFD, 64) };
        if moved[i] < 0 {
            return Err(io::Error::last_os_error());
        }
    }
    for (i, (_, target)) in mapping.iter().enumerate() {
        // SAFETY: dup2 and close of descriptors this child owns.
        unsafe {
            if libc::dup2(moved[i], *target) < 0 {
                return Err(io::Error::last_os_error());
            }
            libc::close(moved[i]);
        }
    }
    Ok(())
}

/// Passes descriptors to a command that is not sandboxed (the tools of the sandbox
/// itself): each (descriptor, number in the child).
pub(crate) fn inherit_fds(cmd: &mut tokio::process::Command, fds: Vec<(OwnedFd, RawFd)>) {
    assert!(fds.len() <= MAX_FDS, "at most {MAX_FDS} descriptors");
    let mapping: Vec<(RawFd, RawFd)> = fds.iter().map(|(fd, target)| (fd.as_raw_fd(), *target)).collect();
    // SAFETY: `move_fds` is async-signal-safe; the descriptors are moved into the
    // closure, so they live as long as the command.
    unsafe {
        cmd.pre_exec(move || {
            let _keep = &fds;
            move_fds(&mapping)
        });
    }
}

/// The host pid of the process that is `ns_pid` in the pid namespace below `root`
/// (searching `root`'s descendants through /proc).
pub fn host_pid_of(root: u32, ns_pid: u32) -> Option<u32> {
    let mut queue = vec![root];
    while let Some(pid) = queue.pop() {
        if let Ok(status) = fs::read_to_string(format!("/proc/{pid}/status"))
            && let Some(line) = status.lines().find(|l| l.starts_with("NSpid:"))
            && line.split_whitespace().last().and_then(|p| p.parse::<u32>().ok()) == Some(ns_pid)
            && pid != root
        {
            return Some(pid);
        }
        let Ok(tasks) = fs::read_dir(format!("/proc/{pid}/task")) else { continue };
        for task in tasks.flatten() {
            if let Ok(children) = fs::read_to_string(task.path().join("children")) {
                queue.extend(children.split_whitespace().filter_map(|c| c.parse::<u32>().ok()));
            }
        }
    }
    None
}
