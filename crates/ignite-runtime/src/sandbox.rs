//! The process sandbox shared by every process-based runtime (Python now; native, Go,
//! Deno and images reuse it).
//!
//! A sandboxed process runs under bubblewrap in new user, pid, mount, network (unless
//! the app allows network), IPC, UTS and cgroup namespaces; it sees a read-only view of
//! the system directories it needs, its app at `/app`, a private `/tmp`, its own
//! `/proc`; it runs as uid 65534 with every capability dropped and `no_new_privs`.
//! Each replica gets its own cgroup limiting memory, pids and CPU (cgroup v1 and v2).
//!
//! Where a piece is unavailable (no bubblewrap, no writable cgroup hierarchy) the
//! sandbox degrades with a warning in the log, never silently; [`Sandbox::report`]
//! says what is in force.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::Duration;

use ignite_core::resources::ResourceLimits;

/// Processes a replica may have at once (fork bombs stop here).
pub const DEFAULT_PIDS_MAX: u32 = 64;

#[derive(Debug, Clone)]
pub struct Sandbox {
    bwrap: Option<PathBuf>,
    cgroups: Option<Cgroups>,
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
    pub network: bool,
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
    pub network: bool,
    /// The whole environment (nothing is inherited).
    pub env: Vec<(String, String)>,
}

impl Sandbox {
    /// Finds bubblewrap and a writable cgroup hierarchy, warning about what is missing.
    pub fn detect() -> Sandbox {
        let bwrap =
            ["/usr/bin/bwrap", "/bin/bwrap", "/usr/local/bin/bwrap"].iter().map(PathBuf::from).find(|p| p.exists());
        if bwrap.is_none() {
            tracing::warn!(
                "bubblewrap (bwrap) is not installed: processes run WITHOUT namespace isolation \
                 (install the Debian package bubblewrap)"
            );
        }
        let cgroups = Cgroups::detect();
        match &cgroups {
            Some(c) => tracing::info!(version = c.version_label(), "cgroup limits enabled"),
            None => tracing::warn!(
                "no writable cgroup hierarchy: memory, pids and CPU limits are NOT enforced and usage is read from /proc"
            ),
        }
        Sandbox { bwrap, cgroups }
    }

    /// A sandbox that isolates nothing (for tests of the isolation itself).
    pub fn none() -> Sandbox {
        Sandbox { bwrap: None, cgroups: None }
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
            "namespaces: {}; cgroups: {}",
            if self.bwrap.is_some() { "bubblewrap" } else { "none" },
            self.cgroups.as_ref().map(|c| c.version_label()).unwrap_or("none")
        )
    }

    /// The command that runs `program args` in the sandbox.
    pub fn command(&self, spec: &SandboxSpec, program: &Path, args: &[&str]) -> tokio::process::Command {
        let Some(bwrap) = &self.bwrap else {
            let mut cmd = tokio::process::Command::new(program);
            cmd.args(args).env_clear().envs(spec.env.iter().map(|(k, v)| (k, v))).current_dir(&spec.app_dir);
            return cmd;
        };
        let mut cmd = tokio::process::Command::new(bwrap);
        cmd.args(["--unshare-all", "--die-with-parent", "--new-session"]);
        if spec.network {
            cmd.arg("--share-net");
        }
        // The private /tmp first: mounts below it (a tool installed under /tmp) stay visible.
        cmd.args(["--tmpfs", "/tmp"]);
        cmd.args(["--ro-bind", "/usr", "/usr"]);
        for dir in ["/lib", "/lib64", "/bin", "/sbin", "/etc"] {
            cmd.args(["--ro-bind-try", dir, dir]);
        }
        for (host, inside) in &spec.ro_binds {
            cmd.arg("--ro-bind").arg(host).arg(inside);
        }
        for (host, inside) in &spec.rw_binds {
            cmd.arg("--bind").arg(host).arg(inside);
        }
        cmd.arg(if spec.writable_app { "--bind" } else { "--ro-bind" }).arg(&spec.app_dir).arg("/app");
        cmd.args(["--proc", "/proc", "--dev", "/dev", "--chdir", "/app"]);
        cmd.args(["--cap-drop", "ALL", "--uid", "65534", "--gid", "65534", "--clearenv"]);
        for (k, v) in &spec.env {
            cmd.arg("--setenv").arg(k).arg(v);
        }
        cmd.arg("--").arg(program).args(args);
        cmd.env_clear();
        cmd
    }
}

impl Sandbox {
    /// The command that runs `argv` on an image's root filesystem: the same namespaces
    /// and dropped capabilities as [`Sandbox::command`], the image's user, a private
    /// `/tmp`. Images need bubblewrap: without it there is no way to give them their
    /// own root.
    pub fn rootfs_command(&self, spec: &RootfsSpec, argv: &[String]) -> io::Result<tokio::process::Command> {
        let Some(bwrap) = &self.bwrap else {
            return Err(io::Error::new(
                io::ErrorKind::Unsupported,
                "images need bubblewrap (the Debian package bubblewrap) to run in their own root filesystem",
            ));
        };
        let (program, args) = argv.split_first().ok_or_else(|| io::Error::other("the image has no command"))?;
        let mut cmd = tokio::process::Command::new(bwrap);
        cmd.args(["--unshare-all", "--die-with-parent", "--new-session"]);
        if spec.network {
            cmd.arg("--share-net");
        }
        cmd.arg("--ro-bind").arg(&spec.rootfs).arg("/");
        cmd.args(["--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp"]);
        cmd.arg("--chdir").arg(&spec.working_dir);
        cmd.args(["--cap-drop", "ALL", "--clearenv"]);
        cmd.arg("--uid").arg(spec.uid.to_string()).arg("--gid").arg(spec.gid.to_string());
        for (k, v) in &spec.env {
            cmd.arg("--setenv").arg(k).arg(v);
        }
        cmd.arg("--").arg(program).args(args);
        cmd.env_clear();
        Ok(cmd)
    }
}

/// The cgroup hierarchy replicas are created in.
#[derive(Debug, Clone)]
pub enum Cgroups {
    /// One directory per controller.
    V1 {
        memory: PathBuf,
        pids: PathBuf,
        cpu: PathBuf,
        cpuacct: PathBuf,
    },
    V2 {
        root: PathBuf,
    },
}

/// Our own cgroup path for `controller` ("" for v2) from /proc/self/cgroup.
fn own_cgroup(controller: &str) -> Option<String> {
    let text = fs::read_to_string("/proc/self/cgroup").ok()?;
    text.lines().find_map(|line| {
        let mut parts = line.splitn(3, ':');
        let (_, controllers, path) = (parts.next()?, parts.next()?, parts.next()?);
        let matches = if controller.is_empty() {
            controllers.is_empty()
        } else {
            controllers.split(',').any(|c| c == controller)
        };
        matches.then(|| path.to_string())
    })
}

/// `<mount>/<our cgroup>/ignite/p<pid>`, created if possible: each process owns a
/// subtree, so one process never touches another's replicas.
fn ignite_dir(mount: &str, controller: &str) -> Option<PathBuf> {
    let own = own_cgroup(controller)?;
    let shared = Path::new(mount).join(own.trim_start_matches('/')).join("ignite");
    fs::create_dir_all(&shared).ok()?;
    sweep_dead_owners(&shared);
    let dir = shared.join(format!("p{}", std::process::id()));
    fs::create_dir_all(&dir).ok()?;
    // Probe that children can be made here.
    let probe = dir.join("probe");
    fs::create_dir(&probe).ok()?;
    fs::remove_dir(&probe).ok()?;
    Some(dir)
}

/// Removes the subtrees of processes that are gone (a crash leaves them behind); a
/// cgroup still holding processes cannot be removed and stays.
fn sweep_dead_owners(shared: &Path) {
    for entry in fs::read_dir(shared).into_iter().flatten().flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(pid) = name.strip_prefix('p').and_then(|p| p.parse::<u32>().ok()) else { continue };
        if Path::new(&format!("/proc/{pid}")).exists() {
            continue;
        }
        for child in fs::read_dir(entry.path()).into_iter().flatten().flatten() {
            if child.file_type().map(|t| t.is_dir()).unwrap_or(false) {
                let _ = fs::remove_dir(child.path());
            }
        }
        let _ = fs::remove_dir(entry.path());
    }
}

impl Cgroups {
    pub fn detect() -> Option<Cgroups> {
        Cgroups::find()
    }

    fn find() -> Option<Cgroups> {
        if Path::new("/sys/fs/cgroup/memory/memory.limit_in_bytes").exists()
            || Path::new("/sys/fs/cgroup/memory").join("memory.usage_in_bytes").exists()
        {
            return Some(Cgroups::V1 {
                memory: ignite_dir("/sys/fs/cgroup/memory", "memory")?,
                pids: ignite_dir("/sys/fs/cgroup/pids", "pids")?,
                cpu: ignite_dir("/sys/fs/cgroup/cpu", "cpu")?,
                cpuacct: ignite_dir("/sys/fs/cgroup/cpuacct", "cpuacct")?,
            });
        }
        if Path::new("/sys/fs/cgroup/cgroup.controllers").exists() {
            let root = ignite_dir("/sys/fs/cgroup", "")?;
            // Let replicas below `root` use the controllers.
            let _ = fs::write(root.join("cgroup.subtree_control"), "+memory +pids +cpu");
            return Some(Cgroups::V2 { root });
        }
        None
    }

    pub fn version_label(&self) -> &'static str {
        match self {
            Cgroups::V1 { .. } => "v1",
            Cgroups::V2 { .. } => "v2",
        }
    }

    /// A cgroup for one replica, with its limits. Names are made unique (replica ids
    /// repeat across apps and server runs).
    pub fn create(&self, name: &str, limits: &ResourceLimits, pids_max: u32) -> io::Result<Cgroup> {
        let name = format!("{name}-{}", &uuid::Uuid::new_v4().simple().to_string()[..8]);
        let name = name.as_str();
        let memory = limits.memory_bytes().to_string();
        let cpu_quota = u64::from(limits.cpu_millicores) * 100; // per 100 ms period
        match self {
            Cgroups::V1 { memory: m, pids, cpu, cpuacct } => {
                let dirs = [m, pids, cpu, cpuacct].map(|d| d.join(name));
                for d in &dirs {
                    fs::create_dir_all(d)?;
                }
                fs::write(dirs[0].join("memory.limit_in_bytes"), &memory)?;
                // Without swap accounting the file is absent; that is fine.
                let _ = fs::write(dirs[0].join("memory.memsw.limit_in_bytes"), &memory);
                fs::write(dirs[1].join("pids.max"), pids_max.to_string())?;
                if cpu_quota > 0 {
                    fs::write(dirs[2].join("cpu.cfs_period_us"), "100000")?;
                    fs::write(dirs[2].join("cpu.cfs_quota_us"), cpu_quota.to_string())?;
                }
                Ok(Cgroup { dirs: dirs.to_vec(), v2: false })
            }
            Cgroups::V2 { root } => {
                let dir = root.join(name);
                fs::create_dir_all(&dir)?;
                fs::write(dir.join("memory.max"), &memory)?;
                let _ = fs::write(dir.join("memory.swap.max"), "0");
                fs::write(dir.join("pids.max"), pids_max.to_string())?;
                if cpu_quota > 0 {
                    fs::write(dir.join("cpu.max"), format!("{cpu_quota} 100000"))?;
                }
                Ok(Cgroup { dirs: vec![dir], v2: true })
            }
        }
    }
}

/// One replica's cgroup; removed when dropped (once its processes are gone).
#[derive(Debug)]
pub struct Cgroup {
    /// v1: memory, pids, cpu, cpuacct; v2: the one directory.
    dirs: Vec<PathBuf>,
    v2: bool,
}

fn read_u64(path: &Path) -> Option<u64> {
    fs::read_to_string(path).ok()?.trim().parse().ok()
}

fn keyed(path: &Path, key: &str) -> Option<u64> {
    fs::read_to_string(path).ok()?.lines().find_map(|l| l.strip_prefix(key)?.trim().parse().ok())
}

impl Cgroup {
    /// Moves `pid` (a host pid) into the cgroup.
    pub fn add(&self, pid: u32) -> io::Result<()> {
        for d in &self.dirs {
            fs::write(d.join("cgroup.procs"), pid.to_string())?;
        }
        Ok(())
    }

    pub fn memory_bytes(&self) -> u64 {
        if self.v2 {
            read_u64(&self.dirs[0].join("memory.current")).unwrap_or(0)
        } else {
            read_u64(&self.dirs[0].join("memory.usage_in_bytes")).unwrap_or(0)
        }
    }

    pub fn cpu_time(&self) -> Duration {
        if self.v2 {
            Duration::from_micros(keyed(&self.dirs[0].join("cpu.stat"), "usage_usec").unwrap_or(0))
        } else {
            Duration::from_nanos(read_u64(&self.dirs[3].join("cpuacct.usage")).unwrap_or(0))
        }
    }

    /// OOM kills so far.
    pub fn oom_kills(&self) -> u64 {
        if self.v2 {
            keyed(&self.dirs[0].join("memory.events"), "oom_kill").unwrap_or(0)
        } else {
            keyed(&self.dirs[0].join("memory.oom_control"), "oom_kill")
                .or_else(|| read_u64(&self.dirs[0].join("memory.failcnt")).map(|f| u64::from(f > 0)))
                .unwrap_or(0)
        }
    }

    /// Kills every process in the cgroup (three passes: forks racing the kill show up
    /// on the next one).
    pub fn kill_all(&self) {
        for _ in 0..3 {
            for pid in self.pids() {
                if pid > 1 {
                    // SAFETY: kill(2) on a process of this cgroup; at worst it is gone.
                    unsafe {
                        libc::kill(pid as i32, libc::SIGKILL);
                    }
                }
            }
        }
    }

    /// Makes the child `cmd` spawns join this cgroup before it executes anything, so
    /// every process it forks is inside from the start.
    pub fn join_on_spawn(&self, cmd: &mut tokio::process::Command) -> io::Result<()> {
        use std::os::fd::{AsRawFd, OwnedFd};
        let files: Vec<OwnedFd> = self
            .dirs
            .iter()
            .map(|d| fs::OpenOptions::new().write(true).open(d.join("cgroup.procs")).map(OwnedFd::from))
            .collect::<io::Result<_>>()?;
        // SAFETY: write(2) is async-signal-safe; the descriptors outlive the spawn (moved in).
        unsafe {
            cmd.pre_exec(move || {
                for f in &files {
                    if libc::write(f.as_raw_fd(), b"0".as_ptr().cast(), 1) < 0 {
                        return Err(io::Error::last_os_error());
                    }
                }
                Ok(())
            });
        }
        Ok(())
    }

    /// Host pids in the cgroup.
    pub fn pids(&self) -> Vec<u32> {
        fs::read_to_string(self.dirs[0].join("cgroup.procs"))
            .map(|t| t.lines().filter_map(|l| l.trim().parse().ok()).collect())
            .unwrap_or_default()
    }
}

impl Drop for Cgroup {
    fn drop(&mut self) {
        for d in &self.dirs {
            // Fails while processes remain; they are killed before the drop.
            let _ = fs::remove_dir(d);
        }
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
