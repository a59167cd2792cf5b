//! The seccomp profile of every sandbox, modelled on the default profiles of Docker and
//! containerd but written as a deny list over what a namespaced, capability-less
//! process could still use to reach the kernel's larger attack surface or to leave its
//! namespaces:
//!
//! - new namespaces (`unshare`, `clone` with a `CLONE_NEW*` flag, `setns`); `clone3`
//!   answers `ENOSYS`, because its flags sit behind a pointer a filter cannot read, so
//!   the C library falls back to `clone`;
//! - mounts (`mount`, `umount2`, `pivot_root`, the new mount API);
//! - `ptrace` and the calls that read or write other processes' memory or descriptors;
//! - `bpf`, `perf_event_open`, `userfaultfd`, `io_uring_*` (`ENOSYS`: its operations
//!   bypass seccomp), keyrings, kernel modules, `kexec`, clocks, swap, `reboot`,
//!   `open_by_handle_at`;
//! - sockets other than Unix, IPv4 and IPv6 (netlink, packet, Bluetooth, ...) and raw
//!   sockets; IPv4 and IPv6 too unless the sandbox has a network;
//! - the x32 system call numbers (`ENOSYS`), and any other architecture (killed).
//!
//! Everything else is allowed. The programs are compiled by `seccompiler` and handed to
//! bubblewrap (`--add-seccomp-fd`), which installs them last, just before the program.

use std::collections::BTreeMap;

use seccompiler::{
    BpfProgram, SeccompAction, SeccompCmpArgLen as Len, SeccompCmpOp as Op, SeccompCondition as Cond, SeccompFilter,
    SeccompRule,
};

/// What a sandbox may do beyond the common profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Profile {
    /// IPv4 and IPv6 sockets (the sandbox has a network, or serves on its own loopback).
    pub inet: bool,
    /// An image builder (buildah): mounts, `chroot`, `pivot_root` and new mount, pid,
    /// UTS and IPC namespaces, which it needs to run a Dockerfile's steps. New user
    /// and network namespaces stay refused.
    pub image_builder: bool,
}

const NAMESPACE_FLAGS: [u64; 8] = [
    libc::CLONE_NEWNS as u64,
    libc::CLONE_NEWUTS as u64,
    libc::CLONE_NEWIPC as u64,
    libc::CLONE_NEWUSER as u64,
    libc::CLONE_NEWPID as u64,
    libc::CLONE_NEWNET as u64,
    libc::CLONE_NEWCGROUP as u64,
    0x80, // CLONE_NEWTIME
];

fn cond(arg: u8, op: Op, value: u64) -> Cond {
    Cond::new(arg, Len::Qword, op, value).expect("a valid condition")
}

fn rule(conditions: Vec<Cond>) -> SeccompRule {
    SeccompRule::new(conditions).expect("a valid rule")
}

/// One rule per namespace flag: the call matches when argument `arg` has any of them.
fn any_namespace_flag(arg: u8, flags: &[u64]) -> Vec<SeccompRule> {
    flags.iter().map(|f| rule(vec![cond(arg, Op::MaskedEq(*f), *f)])).collect()
}

/// Joining namespaces and changing mounts: refused with `EPERM`, except to an image
/// builder (see [`Profile::image_builder`]).
const MOUNTS: &[i64] = &[
    libc::SYS_setns,
    libc::SYS_mount,
    libc::SYS_umount2,
    libc::SYS_pivot_root,
    libc::SYS_chroot,
    libc::SYS_move_mount,
    libc::SYS_open_tree,
    libc::SYS_fsopen,
    libc::SYS_fsconfig,
    libc::SYS_fsmount,
    libc::SYS_fspick,
    libc::SYS_mount_setattr,
];

/// Calls refused outright with `EPERM`.
const DENIED: &[i64] = &[
    libc::SYS_ptrace,
    libc::SYS_process_vm_readv,
    libc::SYS_process_vm_writev,
    libc::SYS_kcmp,
    libc::SYS_pidfd_getfd,
    libc::SYS_bpf,
    libc::SYS_perf_event_open,
    libc::SYS_userfaultfd,
    libc::SYS_fanotify_init,
    libc::SYS_open_by_handle_at,
    libc::SYS_name_to_handle_at,
    libc::SYS_keyctl,
    libc::SYS_add_key,
    libc::SYS_request_key,
    libc::SYS_kexec_load,
    libc::SYS_kexec_file_load,
    libc::SYS_init_module,
    libc::SYS_finit_module,
    libc::SYS_delete_module,
    libc::SYS_reboot,
    libc::SYS_swapon,
    libc::SYS_swapoff,
    libc::SYS_acct,
    libc::SYS_settimeofday,
    libc::SYS_clock_settime,
    libc::SYS_clock_adjtime,
    libc::SYS_adjtimex,
    libc::SYS_syslog,
    libc::SYS_quotactl,
    libc::SYS_quotactl_fd,
    libc::SYS_lookup_dcookie,
    libc::SYS_vhangup,
    #[cfg(target_arch = "x86_64")]
    libc::SYS_iopl,
    #[cfg(target_arch = "x86_64")]
    libc::SYS_ioperm,
    #[cfg(target_arch = "x86_64")]
    libc::SYS_uselib,
    #[cfg(target_arch = "x86_64")]
    libc::SYS_sysfs,
    #[cfg(target_arch = "x86_64")]
    libc::SYS_ustat,
];

/// Calls answered `ENOSYS`, so that libraries fall back to something we can filter.
const UNIMPLEMENTED: &[i64] =
    &[libc::SYS_clone3, libc::SYS_io_uring_setup, libc::SYS_io_uring_enter, libc::SYS_io_uring_register];

fn arch() -> seccompiler::TargetArch {
    std::env::consts::ARCH.try_into().expect("a seccomp architecture")
}

/// The `EPERM` program of `profile`.
fn denials(profile: Profile) -> BpfProgram {
    let mounts: &[i64] = if profile.image_builder { &[] } else { MOUNTS };
    let mut rules: BTreeMap<i64, Vec<SeccompRule>> = DENIED.iter().chain(mounts).map(|nr| (*nr, vec![])).collect();
    let refused: &[u64] = if profile.image_builder {
        &[libc::CLONE_NEWUSER as u64, libc::CLONE_NEWNET as u64, libc::CLONE_NEWCGROUP as u64, 0x80]
    } else {
        &NAMESPACE_FLAGS
    };
    rules.insert(libc::SYS_unshare, any_namespace_flag(0, refused));
    rules.insert(libc::SYS_clone, any_namespace_flag(0, refused));
    let (unix, inet, inet6) = (libc::AF_UNIX as u64, libc::AF_INET as u64, libc::AF_INET6 as u64);
    let socket_rules = if profile.inet {
        vec![
            // Families other than Unix, IPv4 and IPv6.
            rule(vec![cond(0, Op::Ne, unix), cond(0, Op::Ne, inet), cond(0, Op::Ne, inet6)]),
            // Raw sockets of any family.
            rule(vec![cond(1, Op::MaskedEq(0xf), libc::SOCK_RAW as u64)]),
        ]
    } else {
        vec![rule(vec![cond(0, Op::Ne, unix)])]
    };
    rules.insert(libc::SYS_socket, socket_rules);
    rules.insert(libc::SYS_socketpair, vec![rule(vec![cond(0, Op::Ne, unix)])]);
    let filter = SeccompFilter::new(rules, SeccompAction::Allow, SeccompAction::Errno(libc::EPERM as u32), arch())
        .expect("a valid filter");
    let mut program: BpfProgram = filter.try_into().expect("the filter compiles");
    #[cfg(target_arch = "x86_64")]
    {
        // x32 numbers (bit 30 set) reach the same kernel code under other numbers: none
        // of them is allowed. seccompiler checks the architecture, not the ABI.
        use seccompiler::sock_filter;
        const BPF_LD_W_ABS: u16 = 0x20;
        const BPF_JMP_JGE_K: u16 = 0x35;
        const BPF_RET_K: u16 = 0x06;
        let prefix = [
            sock_filter { code: BPF_LD_W_ABS, jt: 0, jf: 0, k: 0 },
            sock_filter { code: BPF_JMP_JGE_K, jt: 0, jf: 1, k: 0x4000_0000 },
            sock_filter { code: BPF_RET_K, jt: 0, jf: 0, k: libc::SECCOMP_RET_ERRNO | libc::ENOSYS as u32 },
        ];
        program.splice(0..0, prefix);
    }
    program
}

/// The `ENOSYS` program.
fn unimplemented() -> BpfProgram {
    let rules: BTreeMap<i64, Vec<SeccompRule>> = UNIMPLEMENTED.iter().map(|nr| (*nr, vec![])).collect();
    let filter = SeccompFilter::new(rules, SeccompAction::Allow, SeccompAction::Errno(libc::ENOSYS as u32), arch())
        .expect("a valid filter");
    filter.try_into().expect("the filter compiles")
}

/// The programs of `profile` as bytes (`struct sock_filter` arrays), in the form
/// bubblewrap reads from a descriptor; compiled once per profile.
pub fn programs(profile: Profile) -> &'static [Vec<u8>] {
    static COMPILED: [std::sync::OnceLock<Vec<Vec<u8>>>; 4] = [const { std::sync::OnceLock::new() }; 4];
    let slot = usize::from(profile.inet) + 2 * usize::from(profile.image_builder);
    COMPILED[slot].get_or_init(|| compile(profile))
}

fn compile(profile: Profile) -> Vec<Vec<u8>> {
    [denials(profile), unimplemented()]
        .iter()
        .map(|program| {
            program
                .iter()
                .flat_map(|i| {
                    let mut bytes = Vec::with_capacity(8);
                    bytes.extend_from_slice(&i.code.to_ne_bytes());
                    bytes.push(i.jt);
                    bytes.push(i.jf);
                    bytes.extend_from_slice(&i.k.to_ne_bytes());
                    bytes
                })
                .collect()
        })
        .collect()
}

/// Whether the kernel filters system calls with seccomp and can answer with an errno.
pub fn available() -> bool {
    std::fs::read_to_string("/proc/sys/kernel/seccomp/actions_avail").is_ok_and(|a| a.contains("errno"))
}
