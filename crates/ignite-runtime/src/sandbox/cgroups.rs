//! cgroups v1 and v2: one per replica (and zygote, and build), with memory, pids and
//! CPU limits, created under this process's own cgroup so that servers sharing a
//! machine never touch each other's.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::Duration;

use ignite_core::resources::ResourceLimits;

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
    // Probe that children can be made here (a name of its own: several servers may
    // share this process, each probing).
    let probe = dir.join(format!("probe-{}", uuid::Uuid::new_v4().simple()));
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
        let millicores = u64::from(limits.cpu_millicores);
        // The kernel refuses a quota under 1 ms: a small share gets a longer period.
        let cpu_period =
            if millicores == 0 { CPU_PERIOD_US } else { CPU_PERIOD_US.max(1_000_000_u64.div_ceil(millicores)) };
        let cpu_quota = millicores * cpu_period / 1000;
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
                    fs::write(dirs[2].join("cpu.cfs_period_us"), cpu_period.to_string())?;
                    fs::write(dirs[2].join("cpu.cfs_quota_us"), cpu_quota.to_string())?;
                    // Kernels before 5.14 have no burst; the limit holds without it.
                    let _ = fs::write(dirs[2].join("cpu.cfs_burst_us"), cpu_quota.to_string());
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
                    fs::write(dir.join("cpu.max"), format!("{cpu_quota} {cpu_period}"))?;
                    let _ = fs::write(dir.join("cpu.max.burst"), cpu_quota.to_string());
                }
                Ok(Cgroup { dirs: vec![dir], v2: true })
            }
        }
    }
}

/// The CFS bandwidth period of a replica's CPU limit. The kernel's default (100 ms) lets
/// a replica at 500 millicores spend its 50 ms in a burst and then stall up to 50 ms,
/// which every call landing in the stall sees as latency; at 10 ms the stall is at most
/// 5 ms while the average share is the same. The burst (as much as one period's quota,
/// banked while idle) lets a quiet replica answer a sudden call at full speed.
const CPU_PERIOD_US: u64 = 10_000;

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

    /// The `cgroup.procs` files, opened for writing: a child writes `0` into each (before
    /// it executes anything) to join, so every process it forks is inside from the start.
    pub(crate) fn procs_files(&self) -> io::Result<Vec<std::os::fd::OwnedFd>> {
        self.dirs
            .iter()
            .map(|d| fs::OpenOptions::new().write(true).open(d.join("cgroup.procs")).map(Into::into))
            .collect()
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
