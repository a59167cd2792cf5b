//! Network namespaces the server makes for a sandbox before it starts, so that the
//! network is fully set up before any tenant code runs, and owned by the host's user
//! namespace, so that nothing inside can change it:
//!
//! - **proxy** (builds): loopback only, with an [`EgressProxy`] listening on
//!   `127.0.0.1:3128` inside (the listener is made by a thread that enters the
//!   namespace) and the tools pointed at it through `HTTP(S)_PROXY`;
//! - **user-mode networking** (network-enabled apps): `slirp4netns` gives the namespace
//!   a `tap0` with a NAT to the outside (`--disable-host-loopback`: the gateway is not
//!   the host), and an nftables table inside refuses loopback, private and link-local
//!   ranges and the host's own addresses, then applies the app's egress allow-list.
//!
//! Every entry into a namespace happens on a short-lived thread of its own: no shared
//! thread ever changes namespace.

use std::io;
use std::net::{IpAddr, SocketAddr};
use std::os::fd::{AsFd, AsRawFd, BorrowedFd, OwnedFd};
use std::path::PathBuf;
use std::sync::Arc;

use ignite_core::runtime::{BuildLog, RuntimeError};
use ipnet::IpNet;

use crate::egress::{DENIED_V4, DENIED_V6, Destination, EgressPolicy, EgressProxy};

/// Where a proxied sandbox finds its proxy.
pub const PROXY_ADDR: &str = "127.0.0.1:3128";
/// The address of slirp4netns' DNS forwarder inside the namespace.
pub const SLIRP_DNS: &str = "10.0.2.3";

/// Runs `work` on a new thread that has entered the network namespace `ns` (and ends
/// with it).
pub async fn run_in<T: Send + 'static>(
    ns: Arc<OwnedFd>,
    work: impl FnOnce() -> io::Result<T> + Send + 'static,
) -> io::Result<T> {
    let (tx, rx) = tokio::sync::oneshot::channel();
    std::thread::Builder::new().name("ignite-netns".into()).spawn(move || {
        let result =
            rustix::thread::move_into_link_name_space(ns.as_fd(), Some(rustix::thread::LinkNameSpaceType::Network))
                .map_err(io::Error::from)
                .and_then(|()| work());
        let _ = tx.send(result);
    })?;
    rx.await.map_err(|_| io::Error::other("the namespace thread died"))?
}

/// Brings the loopback interface of the current thread's network namespace up.
fn loopback_up() -> io::Result<()> {
    let socket = rustix::net::socket(rustix::net::AddressFamily::INET, rustix::net::SocketType::DGRAM, None)?;
    // SAFETY: ifreq is plain data; the ioctls read and write exactly one ifreq.
    unsafe {
        let mut request: libc::ifreq = std::mem::zeroed();
        for (i, b) in b"lo".iter().enumerate() {
            request.ifr_name[i] = *b as libc::c_char;
        }
        if libc::ioctl(socket.as_raw_fd(), libc::SIOCGIFFLAGS, &mut request) < 0 {
            return Err(io::Error::last_os_error());
        }
        request.ifr_ifru.ifru_flags |= (libc::IFF_UP | libc::IFF_RUNNING) as libc::c_short;
        if libc::ioctl(socket.as_raw_fd(), libc::SIOCSIFFLAGS, &request) < 0 {
            return Err(io::Error::last_os_error());
        }
    }
    Ok(())
}

/// A network namespace of the server's making, with what serves it.
pub struct NetNs {
    fd: Arc<OwnedFd>,
    proxy: Option<tokio::task::JoinHandle<()>>,
    slirp: Option<tokio::process::Child>,
    /// slirp4netns exits when this (the write end of its exit pipe) closes.
    _slirp_exit: Option<OwnedFd>,
}

impl Drop for NetNs {
    fn drop(&mut self) {
        if let Some(proxy) = &self.proxy {
            proxy.abort();
        }
        if let Some(slirp) = &mut self.slirp {
            let _ = slirp.start_kill();
        }
    }
}

impl NetNs {
    /// A new namespace with its loopback up.
    pub fn create() -> io::Result<NetNs> {
        let fd = std::thread::Builder::new()
            .name("ignite-netns".into())
            .spawn(|| -> io::Result<OwnedFd> {
                // SAFETY: this thread only ever works in the new namespace, then ends.
                unsafe { rustix::thread::unshare_unsafe(rustix::thread::UnshareFlags::NEWNET) }
                    .map_err(io::Error::from)?;
                loopback_up()?;
                Ok(std::fs::File::open("/proc/thread-self/ns/net")?.into())
            })?
            .join()
            .map_err(|_| io::Error::other("the namespace thread panicked"))??;
        Ok(NetNs { fd: Arc::new(fd), proxy: None, slirp: None, _slirp_exit: None })
    }

    pub fn fd(&self) -> BorrowedFd<'_> {
        self.fd.as_fd()
    }

    /// The namespace, to enter later (see [`run_in`]).
    pub fn shared_fd(&self) -> Arc<OwnedFd> {
        self.fd.clone()
    }

    /// Serves an egress proxy with `policy` on [`PROXY_ADDR`] inside.
    pub async fn serve_proxy(&mut self, policy: Arc<EgressPolicy>, log: Option<Arc<dyn BuildLog>>) -> io::Result<()> {
        let addr: SocketAddr = PROXY_ADDR.parse().expect("constant address");
        let listener = run_in(self.fd.clone(), move || {
            let l = std::net::TcpListener::bind(addr)?;
            l.set_nonblocking(true)?;
            Ok(l)
        })
        .await?;
        let mut proxy = EgressProxy::new(policy);
        if let Some(log) = log {
            proxy = proxy.with_log(log);
        }
        self.proxy = Some(proxy.spawn(tokio::net::TcpListener::from_std(listener)?));
        Ok(())
    }

    /// Gives the namespace user-mode networking and its packet filter.
    pub async fn user_network(&mut self, tools: &UserNetTools, allow: &[Destination]) -> Result<(), RuntimeError> {
        let rules = ruleset(&crate::egress::host_addresses(), &resolve_allowed(allow).await?);
        let (ready_read, ready_write) = std::io::pipe()?;
        let (exit_read, exit_write) = std::io::pipe()?;
        let ns_path = format!("/proc/{}/fd/{}", std::process::id(), self.fd.as_raw_fd());
        let mut cmd = tokio::process::Command::new(&tools.slirp4netns);
        cmd.args(["--configure", "--mtu=65520", "--disable-host-loopback", "--enable-seccomp"])
            .args(["--ready-fd=3", "--exit-fd=4", "--netns-type=path"])
            .arg(&ns_path)
            .arg("tap0")
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .kill_on_drop(true);
        super::inherit_fds(&mut cmd, vec![(OwnedFd::from(ready_write), 3), (OwnedFd::from(exit_read), 4)]);
        let mut slirp = cmd.spawn().map_err(|e| RuntimeError::Io(format!("cannot start slirp4netns: {e}")))?;
        // `1` once the tap device is configured; EOF if slirp4netns failed.
        let ready = crate::blocking(move || {
            let mut byte = [0u8; 1];
            std::io::Read::read(&mut &ready_read, &mut byte)
        })
        .await?;
        if ready == 0 {
            let mut stderr = String::new();
            if let Some(mut err) = slirp.stderr.take() {
                let _ = tokio::io::AsyncReadExt::read_to_string(&mut err, &mut stderr).await;
            }
            return Err(RuntimeError::Io(format!("slirp4netns failed: {}", stderr.trim())));
        }
        self.slirp = Some(slirp);
        self._slirp_exit = Some(exit_write.into());
        let mut nft = tokio::process::Command::new(&tools.nft);
        nft.args(["-f", "-"])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped());
        let ns = self.fd.as_raw_fd();
        // SAFETY: setns(2) is async-signal-safe; the descriptor outlives the spawn.
        unsafe {
            nft.pre_exec(move || {
                if libc::setns(ns, libc::CLONE_NEWNET) != 0 {
                    return Err(io::Error::last_os_error());
                }
                Ok(())
            });
        }
        let mut child = nft.spawn().map_err(|e| RuntimeError::Io(format!("cannot start nft: {e}")))?;
        let mut stdin = child.stdin.take().expect("piped");
        tokio::io::AsyncWriteExt::write_all(&mut stdin, rules.as_bytes()).await?;
        drop(stdin);
        let out = child.wait_with_output().await?;
        if !out.status.success() {
            // Fail closed: no packet filter, no network.
            return Err(RuntimeError::Io(format!(
                "the sandbox's packet filter could not be installed: {}",
                String::from_utf8_lossy(&out.stderr).trim()
            )));
        }
        Ok(())
    }
}

/// The tools of user-mode networking.
#[derive(Debug, Clone)]
pub struct UserNetTools {
    pub slirp4netns: PathBuf,
    pub nft: PathBuf,
}

impl UserNetTools {
    pub fn detect() -> Option<UserNetTools> {
        let find = |names: &[&str]| names.iter().map(PathBuf::from).find(|p| p.is_file());
        Some(UserNetTools {
            slirp4netns: find(&["/usr/bin/slirp4netns", "/usr/local/bin/slirp4netns"])?,
            nft: find(&["/usr/sbin/nft", "/sbin/nft", "/usr/bin/nft"])?,
        })
    }
}

/// An allow-list entry with its names resolved: networks and the ports they allow.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Allowed {
    nets: Vec<IpNet>,
    port: Option<u16>,
}

/// Resolves the host names of an allow-list (when the replica starts).
async fn resolve_allowed(allow: &[Destination]) -> Result<Vec<Allowed>, RuntimeError> {
    let mut out = Vec::new();
    for entry in allow {
        match entry {
            Destination::Net { net, port } => out.push(Allowed { nets: vec![*net], port: *port }),
            Destination::Host { name, port } => {
                let addrs: Vec<IpNet> = tokio::net::lookup_host((name.as_str(), port.unwrap_or(0)))
                    .await
                    .map_err(|e| RuntimeError::Io(format!("egressAllow: resolving {name}: {e}")))?
                    .map(|a| IpNet::from(a.ip()))
                    .collect();
                out.push(Allowed { nets: addrs, port: *port });
            }
        }
    }
    Ok(out)
}

/// The nftables ruleset of a user-mode network: loopback and slirp4netns' DNS pass;
/// denied ranges and the host's addresses are rejected; with an allow-list, only what
/// it names passes.
fn ruleset(host: &[IpAddr], allow: &[Allowed]) -> String {
    let mut v4: Vec<String> = DENIED_V4.iter().map(|s| s.to_string()).collect();
    let mut v6: Vec<String> = DENIED_V6.iter().map(|s| s.to_string()).collect();
    for ip in host {
        match ip {
            IpAddr::V4(a) => v4.push(a.to_string()),
            IpAddr::V6(a) => v6.push(a.to_string()),
        }
    }
    let mut rules = format!(
        "table inet ignite {{\n  chain egress {{\n    type filter hook output priority 0; policy accept;\n    \
         oifname \"lo\" accept\n    ip daddr {SLIRP_DNS} meta l4proto {{ tcp, udp }} th dport 53 accept\n    \
         ip daddr {{ {} }} reject with icmpx type admin-prohibited\n    \
         ip6 daddr {{ {} }} reject with icmpx type admin-prohibited\n",
        v4.join(", "),
        v6.join(", ")
    );
    if !allow.is_empty() {
        for entry in allow {
            for net in &entry.nets {
                let family = if matches!(net, IpNet::V4(_)) { "ip" } else { "ip6" };
                let port = entry.port.map(|p| format!(" meta l4proto {{ tcp, udp }} th dport {p}")).unwrap_or_default();
                rules.push_str(&format!("    {family} daddr {net}{port} accept\n"));
            }
        }
        rules.push_str("    reject with icmpx type admin-prohibited\n");
    }
    rules.push_str("  }\n}\n");
    rules
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ruleset_refuses_private_ranges_then_applies_the_allow_list() {
        let host = ["192.0.2.7".parse().unwrap()];
        let open = ruleset(&host, &[]);
        assert!(open.contains("169.254.0.0/16"), "{open}");
        assert!(open.contains("192.0.2.7"), "{open}");
        assert!(!open.contains("\n    reject with"), "no catch-all without an allow-list: {open}");
        let allow = [Allowed { nets: vec!["203.0.113.0/24".parse().unwrap()], port: Some(443) }];
        let closed = ruleset(&host, &allow);
        assert!(closed.contains("ip daddr 203.0.113.0/24 meta l4proto { tcp, udp } th dport 443 accept"), "{closed}");
        assert!(closed.contains("    reject with icmpx type admin-prohibited\n  }"), "{closed}");
    }
}
