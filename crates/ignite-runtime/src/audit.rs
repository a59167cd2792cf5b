//! Security audit of a sandboxed program, observed by the kernel rather than guessed
//! from its output.
//!
//! A small shim (`ignite __audit-exec`, see [`exec_audited`]) runs inside the sandbox
//! just before the program: it installs a seccomp filter whose listener descriptor it
//! hands to the supervisor ([`AuditSession`]) over an inherited socket, then executes
//! the program. From then on the kernel stops the program (and everything it starts)
//! at each network, filesystem and process system call and asks the supervisor
//! (seccomp user notification): the supervisor reads the call's arguments from the
//! program's memory, records an [`AuditEvent`], checks it against the
//! [`AuditPolicy`], and lets the call run or fails it with `EACCES`.
//!
//! What is observed:
//! - network: `socket(2)` for IPv4/IPv6 (every connection, listener or DNS query needs
//!   one; local Unix sockets are not network);
//! - filesystem: `open`/`openat`/`openat2`/`creat` (a read, or a write when opened for
//!   writing, creating or truncating) and the calls that change the tree (`mkdir`,
//!   `unlink`, `rename`, `link`, `symlink`, `truncate`, `rmdir`); the pseudo-filesystems
//!   `/dev`, `/proc` and `/sys` are not counted;
//! - process: `execve`/`execveat` after the program's own start (a spawn is the
//!   execution of another program).
//!
//! Architecture invariant: the audit enforces the policy on top of the sandbox, never
//! instead of it. A call allowed here still meets the sandbox's read-only mounts and
//! network namespace, and since an allowed call re-reads its arguments (the usual
//! seccomp-notify race) the sandbox stays the security boundary.

use std::ffi::{OsStr, OsString};
use std::io;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::os::unix::fs::FileExt;
use std::os::unix::net::UnixStream;
use std::thread::JoinHandle;
use std::time::Instant;

use serde::{Deserialize, Serialize};

/// The hidden argument that turns the `ignite` binary into the audit shim.
pub const SHIM_ARG: &str = "__audit-exec";

/// Events kept in a report; the summary counts every call.
pub const MAX_EVENTS: usize = 1000;

/// What an audited program may do (YAML/JSON, camelCase). The default allows nothing:
/// no network, a read-only filesystem, no spawning.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct AuditPolicy {
    pub network: NetworkPolicy,
    pub filesystem: FilesystemPolicy,
    pub process: ProcessPolicy,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct NetworkPolicy {
    pub enabled: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct FilesystemPolicy {
    pub read_only: bool,
}

impl Default for FilesystemPolicy {
    fn default() -> Self {
        FilesystemPolicy { read_only: true }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct ProcessPolicy {
    pub allow_spawn: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EventKind {
    Network,
    Filesystem,
    Process,
}

/// One observed system call.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AuditEvent {
    /// Milliseconds since the audited program started.
    pub time_ms: u64,
    #[serde(rename = "type")]
    pub kind: EventKind,
    /// `socket`; `read`, `write`, `mkdir`, `unlink`, `rename`, `link`, `symlink`,
    /// `truncate`, `rmdir`; `exec`.
    pub operation: &'static str,
    /// The path (as the program sees it) or the socket's family and type.
    pub target: String,
    /// The process (host pid) that made the call.
    pub pid: u32,
    pub blocked: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AuditSummary {
    pub network_attempts: u64,
    pub network_blocked: u64,
    pub filesystem_reads: u64,
    pub filesystem_writes: u64,
    pub filesystem_blocked: u64,
    pub process_spawns: u64,
    pub process_blocked: u64,
    /// `clean` (only reads), `warning` (network, writes or spawns, all allowed) or
    /// `violation` (something was blocked).
    pub overall_status: &'static str,
}

/// What the audit saw.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AuditReport {
    pub events: Vec<AuditEvent>,
    pub summary: AuditSummary,
    pub policy: AuditPolicy,
    /// Events past [`MAX_EVENTS`] (counted in the summary, not listed).
    #[serde(skip_serializing_if = "is_zero")]
    pub events_dropped: u64,
    /// Why the audit could not observe the program, if it could not.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

impl AuditReport {
    fn new(policy: AuditPolicy) -> AuditReport {
        AuditReport {
            events: Vec::new(),
            summary: AuditSummary { overall_status: "clean", ..Default::default() },
            policy,
            events_dropped: 0,
            error: None,
        }
    }

    fn record(&mut self, event: AuditEvent) {
        let s = &mut self.summary;
        let blocked = u64::from(event.blocked);
        match (event.kind, event.operation) {
            (EventKind::Network, _) => {
                s.network_attempts += 1;
                s.network_blocked += blocked;
            }
            (EventKind::Filesystem, "read") => {
                s.filesystem_reads += 1;
                s.filesystem_blocked += blocked;
            }
            (EventKind::Filesystem, _) => {
                s.filesystem_writes += 1;
                s.filesystem_blocked += blocked;
            }
            (EventKind::Process, _) => {
                s.process_spawns += 1;
                s.process_blocked += blocked;
            }
        }
        s.overall_status = if s.network_blocked + s.filesystem_blocked + s.process_blocked > 0 {
            "violation"
        } else if s.network_attempts + s.filesystem_writes + s.process_spawns > 0 {
            "warning"
        } else {
            "clean"
        };
        if self.events.len() < MAX_EVENTS {
            self.events.push(event);
        } else {
            self.events_dropped += 1;
        }
    }
}

/// The supervisor's side of one audited run: create it, [`pass_to`](Self::pass_to)
/// the command that starts the shim, spawn, then [`start`](Self::start).
pub struct AuditSession {
    policy: AuditPolicy,
    supervisor_end: UnixStream,
    shim_end: OwnedFd,
}

impl AuditSession {
    pub fn new(policy: AuditPolicy) -> io::Result<AuditSession> {
        let (supervisor_end, shim_end) = UnixStream::pair()?;
        Ok(AuditSession { policy, supervisor_end, shim_end: shim_end.into() })
    }

    /// The arguments that run `program args` under the shim: `<shim> __audit-exec --
    /// program args...`.
    pub fn shim_args<'a>(program: &'a str, args: &[&'a str]) -> Vec<&'a str> {
        let mut all = vec![SHIM_ARG, "--", program];
        all.extend_from_slice(args);
        all
    }

    /// Makes the shim's socket the spawned command's descriptor 3.
    pub fn pass_to(&self, cmd: &mut crate::sandbox::SandboxCommand) -> io::Result<()> {
        cmd.pass_fd(self.shim_end.try_clone()?, 3);
        Ok(())
    }

    /// Starts supervising (call once the command is spawned): the thread ends when
    /// every audited process is gone.
    pub fn start(self) -> AuditSupervisor {
        let AuditSession { policy, supervisor_end, shim_end } = self;
        // Only the child may hold the shim's end, so its exit closes the socket.
        drop(shim_end);
        let thread = std::thread::Builder::new()
            .name("ignite-audit".into())
            .spawn(move || supervise(policy, supervisor_end))
            .expect("spawn the audit thread");
        AuditSupervisor { thread }
    }
}

/// A running audit.
pub struct AuditSupervisor {
    thread: JoinHandle<AuditReport>,
}

impl AuditSupervisor {
    /// The report, once the audited processes have all exited (kill them first on a
    /// timeout).
    pub fn finish(self) -> AuditReport {
        self.thread.join().unwrap_or_else(|_| {
            let mut report = AuditReport::new(AuditPolicy::default());
            report.error = Some("the audit supervisor panicked".into());
            report
        })
    }
}

// ------------------------------------------------------------------ the shim

/// The shim (inside the sandbox): installs the filter, sends its listener on
/// descriptor 3, and executes `program`. Returns only on failure.
pub fn exec_audited(program: &OsStr, args: &[OsString]) -> io::Error {
    use std::os::unix::process::CommandExt;
    // SAFETY: descriptor 3 was passed by the supervisor (`pass_to`); we own it now.
    let socket = unsafe { OwnedFd::from_raw_fd(3) };
    let listener = match install_filter() {
        Ok(l) => l,
        Err(e) => return e,
    };
    if let Err(e) = send_fd(socket.as_raw_fd(), listener.as_raw_fd()) {
        return e;
    }
    drop(listener);
    drop(socket);
    // The supervisor allows this first execve without recording it: it is the start.
    std::process::Command::new(program).args(args).exec()
}

const fn stmt(code: u32, k: u32) -> libc::sock_filter {
    libc::sock_filter { code: code as u16, jt: 0, jf: 0, k }
}

const fn jump(code: u32, k: u32, jt: u8, jf: u8) -> libc::sock_filter {
    libc::sock_filter { code: code as u16, jt, jf, k }
}

#[cfg(target_arch = "x86_64")]
const AUDIT_ARCH: u32 = 0xC000_003E; // AUDIT_ARCH_X86_64
#[cfg(target_arch = "aarch64")]
const AUDIT_ARCH: u32 = 0xC000_00B7; // AUDIT_ARCH_AARCH64

/// System calls always sent to the supervisor.
fn notified_syscalls() -> Vec<i64> {
    let mut calls = vec![
        libc::SYS_openat,
        libc::SYS_openat2,
        libc::SYS_mkdirat,
        libc::SYS_unlinkat,
        libc::SYS_renameat2,
        libc::SYS_linkat,
        libc::SYS_symlinkat,
        libc::SYS_truncate,
        libc::SYS_execve,
        libc::SYS_execveat,
    ];
    #[cfg(target_arch = "x86_64")]
    calls.extend([
        libc::SYS_open,
        libc::SYS_creat,
        libc::SYS_mkdir,
        libc::SYS_rmdir,
        libc::SYS_unlink,
        libc::SYS_rename,
        libc::SYS_renameat,
        libc::SYS_link,
        libc::SYS_symlink,
    ]);
    calls
}

/// The BPF program: other architectures and io_uring (whose operations bypass
/// seccomp) get ENOSYS, IPv4/IPv6 `socket` and the calls above go to the supervisor,
/// the rest runs.
fn filter_program() -> Vec<libc::sock_filter> {
    use libc::{BPF_ABS, BPF_JEQ, BPF_JGE, BPF_JMP, BPF_K, BPF_LD, BPF_RET, BPF_W};
    let notified = notified_syscalls();
    let n = notified.len();
    // Layout (indexes): 0 ld arch, 1 jeq arch, 2 ld nr, 3 jge x32, 4 jeq io_uring,
    // 5..5+n jeq notified, 5+n jeq socket, 6+n ld arg0, 7+n jeq AF_INET,
    // 8+n jeq AF_INET6, 9+n allow, 10+n notify, 11+n enosys.
    let allow = 9 + n;
    let notify = 10 + n;
    let enosys = 11 + n;
    let to = |from: usize, target: usize| u8::try_from(target - from - 1).expect("short filter");
    let mut p = vec![
        stmt(BPF_LD | BPF_W | BPF_ABS, 4),
        jump(BPF_JMP | BPF_JEQ | BPF_K, AUDIT_ARCH, 0, to(1, enosys)),
        stmt(BPF_LD | BPF_W | BPF_ABS, 0),
        jump(BPF_JMP | BPF_JGE | BPF_K, 0x4000_0000, to(3, enosys), 0),
        jump(BPF_JMP | BPF_JEQ | BPF_K, libc::SYS_io_uring_setup as u32, to(4, enosys), 0),
    ];
    for (i, nr) in notified.iter().enumerate() {
        p.push(jump(BPF_JMP | BPF_JEQ | BPF_K, *nr as u32, to(5 + i, notify), 0));
    }
    p.extend([
        jump(BPF_JMP | BPF_JEQ | BPF_K, libc::SYS_socket as u32, 0, to(5 + n, allow)),
        // args[0], low half (little-endian): the address family.
        stmt(BPF_LD | BPF_W | BPF_ABS, 16),
        jump(BPF_JMP | BPF_JEQ | BPF_K, libc::AF_INET as u32, to(7 + n, notify), 0),
        jump(BPF_JMP | BPF_JEQ | BPF_K, libc::AF_INET6 as u32, to(8 + n, notify), 0),
        stmt(BPF_RET | BPF_K, libc::SECCOMP_RET_ALLOW),
        stmt(BPF_RET | BPF_K, libc::SECCOMP_RET_USER_NOTIF),
        stmt(BPF_RET | BPF_K, libc::SECCOMP_RET_ERRNO | libc::ENOSYS as u32),
    ]);
    debug_assert_eq!(p.len(), enosys + 1);
    p
}

fn install_filter() -> io::Result<OwnedFd> {
    let program = filter_program();
    let fprog = libc::sock_fprog { len: program.len() as u16, filter: program.as_ptr() as *mut _ };
    // SAFETY: plain system calls; `fprog` points at `program`, alive for the call.
    unsafe {
        if libc::prctl(libc::PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0 {
            return Err(io::Error::last_os_error());
        }
        let fd = libc::syscall(
            libc::SYS_seccomp,
            libc::SECCOMP_SET_MODE_FILTER,
            libc::SECCOMP_FILTER_FLAG_NEW_LISTENER,
            &fprog as *const libc::sock_fprog,
        );
        if fd < 0 {
            return Err(io::Error::last_os_error());
        }
        Ok(OwnedFd::from_raw_fd(fd as RawFd))
    }
}

/// Sends `fd` over the Unix socket `socket` (SCM_RIGHTS).
fn send_fd(socket: RawFd, fd: RawFd) -> io::Result<()> {
    use nix::sys::socket::{ControlMessage, MsgFlags, UnixAddr, sendmsg};
    let fds = [fd];
    let iov = [io::IoSlice::new(&[0u8])];
    sendmsg::<UnixAddr>(socket, &iov, &[ControlMessage::ScmRights(&fds)], MsgFlags::empty(), None)?;
    Ok(())
}

/// Receives one descriptor from `socket`; `None` when it closes without one.
fn recv_fd(socket: RawFd) -> io::Result<Option<OwnedFd>> {
    use nix::sys::socket::{ControlMessageOwned, MsgFlags, UnixAddr, recvmsg};
    let mut byte = [0u8; 1];
    let mut iov = [io::IoSliceMut::new(&mut byte)];
    let mut control = nix::cmsg_space!(RawFd);
    let msg = loop {
        match recvmsg::<UnixAddr>(socket, &mut iov, Some(&mut control), MsgFlags::MSG_CMSG_CLOEXEC) {
            Err(nix::errno::Errno::EINTR) => continue,
            other => break other?,
        }
    };
    for cmsg in msg.cmsgs()? {
        if let ControlMessageOwned::ScmRights(fds) = cmsg
            && let Some(fd) = fds.first()
        {
            // SAFETY: a descriptor the kernel passed to this process is ours to own.
            return Ok(Some(unsafe { OwnedFd::from_raw_fd(*fd) }));
        }
    }
    Ok(None)
}

// ------------------------------------------------------------------ the supervisor

fn supervise(policy: AuditPolicy, socket: UnixStream) -> AuditReport {
    let mut report = AuditReport::new(policy);
    let listener = match recv_fd(socket.as_raw_fd()) {
        Ok(Some(l)) => l,
        Ok(None) => {
            report.error = Some("the program ended before the audit could start".into());
            return report;
        }
        Err(e) => {
            report.error = Some(format!("cannot receive the audit listener: {e}"));
            return report;
        }
    };
    let mut supervisor = Supervisor { report, started: None };
    loop {
        let mut pfd = libc::pollfd { fd: listener.as_raw_fd(), events: libc::POLLIN, revents: 0 };
        // SAFETY: one pollfd, alive for the call.
        let ready = unsafe { libc::poll(&mut pfd, 1, -1) };
        if ready < 0 {
            if io::Error::last_os_error().kind() == io::ErrorKind::Interrupted {
                continue;
            }
            break;
        }
        if pfd.revents & libc::POLLIN != 0 {
            supervisor.handle_one(listener.as_raw_fd());
        } else if pfd.revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0 {
            // Every audited process is gone.
            break;
        }
    }
    supervisor.report
}

struct Supervisor {
    report: AuditReport,
    /// Set at the program's own execve (the first one, from the shim).
    started: Option<Instant>,
}

/// A call, decoded.
enum Call {
    Socket { family: u64, kind: u64 },
    Open { dirfd: i32, path: u64, flags: u64 },
    Openat2 { dirfd: i32, path: u64, how: u64 },
    Change { operation: &'static str, dirfd: i32, path: u64 },
    Exec { dirfd: i32, path: u64 },
}

const AT_FDCWD: i32 = libc::AT_FDCWD;

fn decode(nr: i64, a: [u64; 6]) -> Option<Call> {
    let fd = |x: u64| x as i32;
    let change = |operation, dirfd, path| Some(Call::Change { operation, dirfd, path });
    #[cfg(target_arch = "x86_64")]
    match nr {
        libc::SYS_open => return Some(Call::Open { dirfd: AT_FDCWD, path: a[0], flags: a[1] }),
        libc::SYS_creat => {
            let flags = (libc::O_CREAT | libc::O_WRONLY | libc::O_TRUNC) as u64;
            return Some(Call::Open { dirfd: AT_FDCWD, path: a[0], flags });
        }
        libc::SYS_mkdir => return change("mkdir", AT_FDCWD, a[0]),
        libc::SYS_rmdir => return change("rmdir", AT_FDCWD, a[0]),
        libc::SYS_unlink => return change("unlink", AT_FDCWD, a[0]),
        libc::SYS_rename => return change("rename", AT_FDCWD, a[1]),
        libc::SYS_renameat => return change("rename", fd(a[2]), a[3]),
        libc::SYS_link => return change("link", AT_FDCWD, a[1]),
        libc::SYS_symlink => return change("symlink", AT_FDCWD, a[1]),
        _ => {}
    }
    match nr {
        libc::SYS_socket => Some(Call::Socket { family: a[0] & 0xffff_ffff, kind: a[1] & 0xf }),
        libc::SYS_openat => Some(Call::Open { dirfd: fd(a[0]), path: a[1], flags: a[2] }),
        libc::SYS_openat2 => Some(Call::Openat2 { dirfd: fd(a[0]), path: a[1], how: a[2] }),
        libc::SYS_mkdirat => change("mkdir", fd(a[0]), a[1]),
        libc::SYS_unlinkat => {
            change(if a[2] as i32 & libc::AT_REMOVEDIR != 0 { "rmdir" } else { "unlink" }, fd(a[0]), a[1])
        }
        libc::SYS_renameat2 => change("rename", fd(a[2]), a[3]),
        libc::SYS_linkat => change("link", fd(a[2]), a[3]),
        libc::SYS_symlinkat => change("symlink", fd(a[1]), a[2]),
        libc::SYS_truncate => change("truncate", AT_FDCWD, a[0]),
        libc::SYS_execve => Some(Call::Exec { dirfd: AT_FDCWD, path: a[0] }),
        libc::SYS_execveat => Some(Call::Exec { dirfd: fd(a[0]), path: a[1] }),
        _ => None,
    }
}

/// The audited process's memory.
struct Memory(std::fs::File);

impl Memory {
    fn open(pid: u32) -> Option<Memory> {
        std::fs::File::open(format!("/proc/{pid}/mem")).ok().map(Memory)
    }

    /// A NUL-terminated string at `addr` (at most a path's length).
    fn string(&self, addr: u64) -> Option<String> {
        let mut buf = vec![0u8; libc::PATH_MAX as usize];
        let mut len = 0;
        // Read in pages: a string near the end of a mapping must not fail the read.
        while len < buf.len() {
            let page_left = 4096 - ((addr as usize + len) % 4096);
            let want = page_left.min(buf.len() - len);
            let n = self.0.read_at(&mut buf[len..len + want], addr + len as u64).ok()?;
            if n == 0 {
                return None;
            }
            if let Some(end) = buf[len..len + n].iter().position(|&b| b == 0) {
                buf.truncate(len + end);
                return Some(String::from_utf8_lossy(&buf).into_owned());
            }
            len += n;
        }
        None
    }

    fn u64_at(&self, addr: u64) -> Option<u64> {
        let mut b = [0u8; 8];
        self.0.read_exact_at(&mut b, addr).ok()?;
        Some(u64::from_ne_bytes(b))
    }
}

/// `path` made absolute against the process's working directory or `dirfd`.
fn absolute(pid: u32, dirfd: i32, path: &str) -> String {
    if path.starts_with('/') {
        return path.to_string();
    }
    let base = if dirfd == AT_FDCWD { format!("/proc/{pid}/cwd") } else { format!("/proc/{pid}/fd/{dirfd}") };
    match std::fs::read_link(base) {
        Ok(dir) => {
            let dir = dir.to_string_lossy();
            if path.is_empty() { dir.into_owned() } else { format!("{}/{path}", dir.trim_end_matches('/')) }
        }
        Err(_) => path.to_string(),
    }
}

/// `/dev`, `/proc`, `/sys`: not files a policy is about.
fn pseudo(path: &str) -> bool {
    ["/dev", "/proc", "/sys"].iter().any(|p| path == *p || path.strip_prefix(p).is_some_and(|r| r.starts_with('/')))
}

fn family_name(family: u64, kind: u64) -> String {
    let family = if family == libc::AF_INET as u64 { "AF_INET" } else { "AF_INET6" };
    let kind = match kind as i32 {
        libc::SOCK_STREAM => "tcp",
        libc::SOCK_DGRAM => "udp",
        libc::SOCK_RAW => "raw",
        _ => "other",
    };
    format!("{family}/{kind}")
}

impl Supervisor {
    fn handle_one(&mut self, listener: RawFd) {
        // SAFETY: a zeroed seccomp_notif is what RECV expects.
        let mut notif: libc::seccomp_notif = unsafe { std::mem::zeroed() };
        // SAFETY: RECV fills the struct it is given.
        if unsafe { libc::ioctl(listener, libc::SECCOMP_IOCTL_NOTIF_RECV, &mut notif) } < 0 {
            // ENOENT: the caller died before we looked; nothing to answer.
            return;
        }
        let allow = self.decide(&notif, listener);
        let mut resp = libc::seccomp_notif_resp { id: notif.id, val: 0, error: 0, flags: 0 };
        if allow {
            resp.flags = libc::SECCOMP_USER_NOTIF_FLAG_CONTINUE as u32;
        } else {
            resp.error = -libc::EACCES;
        }
        // SAFETY: SEND reads the struct it is given. It fails only when the caller died.
        unsafe {
            libc::ioctl(listener, libc::SECCOMP_IOCTL_NOTIF_SEND, &mut resp);
        }
    }

    /// Whether the call may run; records it.
    fn decide(&mut self, notif: &libc::seccomp_notif, listener: RawFd) -> bool {
        let pid = notif.pid;
        let Some(call) = decode(i64::from(notif.data.nr), notif.data.args) else { return true };
        let Some(started) = self.started else {
            // Before the program's own execve only the shim runs: let it start the program.
            if matches!(call, Call::Exec { .. }) {
                self.started = Some(Instant::now());
            }
            return true;
        };
        let memory = Memory::open(pid);
        let read = |addr: u64| memory.as_ref().and_then(|m| m.string(addr));
        let policy = &self.report.policy;
        let (kind, operation, target, allowed) = match call {
            Call::Socket { family, kind } => {
                (EventKind::Network, "socket", family_name(family, kind), policy.network.enabled)
            }
            Call::Open { dirfd, path, flags } => self.open_event(pid, dirfd, read(path), flags),
            Call::Openat2 { dirfd, path, how } => {
                // struct open_how starts with the u64 flags.
                let flags = memory.as_ref().and_then(|m| m.u64_at(how)).unwrap_or(libc::O_WRONLY as u64);
                self.open_event(pid, dirfd, read(path), flags)
            }
            Call::Change { operation, dirfd, path } => {
                let Some(target) = read(path).map(|p| absolute(pid, dirfd, &p)) else { return true };
                if pseudo(&target) {
                    return true;
                }
                (EventKind::Filesystem, operation, target, !policy.filesystem.read_only)
            }
            Call::Exec { dirfd, path } => {
                let target = read(path).map(|p| absolute(pid, dirfd, &p)).unwrap_or_default();
                (EventKind::Process, "exec", target, policy.process.allow_spawn)
            }
        };
        // The memory we read belonged to this very call (not a recycled pid).
        // SAFETY: ID_VALID reads the id it is given.
        let valid = unsafe { libc::ioctl(listener, libc::SECCOMP_IOCTL_NOTIF_ID_VALID, &notif.id) } == 0;
        if !valid || operation.is_empty() {
            return true;
        }
        let time_ms = started.elapsed().as_millis() as u64;
        self.report.record(AuditEvent { time_ms, kind, operation, target, pid, blocked: !allowed });
        allowed
    }

    fn open_event(
        &self,
        pid: u32,
        dirfd: i32,
        path: Option<String>,
        flags: u64,
    ) -> (EventKind, &'static str, String, bool) {
        let Some(target) = path.map(|p| absolute(pid, dirfd, &p)) else {
            return (EventKind::Filesystem, "", String::new(), true);
        };
        if pseudo(&target) {
            return (EventKind::Filesystem, "", target, true);
        }
        let flags = flags as i32;
        let writes = flags & libc::O_ACCMODE != libc::O_RDONLY || flags & (libc::O_CREAT | libc::O_TRUNC) != 0;
        if writes {
            (EventKind::Filesystem, "write", target, !self.report.policy.filesystem.read_only)
        } else {
            (EventKind::Filesystem, "read", target, true)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_policy_allows_nothing() {
        let policy: AuditPolicy = serde_json::from_str("{}").unwrap();
        assert_eq!(policy, AuditPolicy::default());
        assert!(!policy.network.enabled && policy.filesystem.read_only && !policy.process.allow_spawn);
        let err = serde_json::from_str::<AuditPolicy>(r#"{"network":{"enable":true}}"#).unwrap_err();
        assert!(err.to_string().contains("unknown field `enable`"), "{err}");
    }

    #[test]
    fn the_status_is_the_worst_event() {
        let mut report = AuditReport::new(AuditPolicy::default());
        let event =
            |kind, operation, blocked| AuditEvent { time_ms: 0, kind, operation, target: "x".into(), pid: 1, blocked };
        report.record(event(EventKind::Filesystem, "read", false));
        assert_eq!(report.summary.overall_status, "clean");
        report.record(event(EventKind::Process, "exec", false));
        assert_eq!(report.summary.overall_status, "warning");
        report.record(event(EventKind::Network, "socket", true));
        assert_eq!(report.summary.overall_status, "violation");
        assert_eq!((report.summary.filesystem_reads, report.summary.process_spawns), (1, 1));
        assert_eq!((report.summary.network_attempts, report.summary.network_blocked), (1, 1));
    }

    #[test]
    fn pseudo_filesystems_are_not_files() {
        assert!(pseudo("/dev/null") && pseudo("/proc/self/maps") && pseudo("/sys"));
        assert!(!pseudo("/device") && !pseudo("/app/proc"));
    }
}
