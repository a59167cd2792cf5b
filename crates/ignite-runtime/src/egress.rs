//! Where code run for a tenant may connect, decided after DNS resolution.
//!
//! Builds, registry pulls and git clones reach the network only through an
//! [`EgressProxy`] (HTTP `CONNECT` and plain HTTP forwarding): the proxy resolves the
//! name itself, keeps only the addresses the [`EgressPolicy`] allows and connects to one
//! of those, so a name that resolves to a loopback, private or link-local address (DNS
//! rebinding included) is refused with `403` and the reason, which the tool prints.
//! Network-enabled apps get user-mode networking instead (`sandbox::netns`), whose
//! packet filter refuses the same ranges ([`DENIED_V4`], [`DENIED_V6`]).

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use ignite_core::runtime::BuildLog;
use ipnet::IpNet;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// IPv4 ranges no tenant connection may reach: this network, private networks,
/// shared address space (CGNAT), loopback, link-local (cloud metadata), IETF protocol
/// assignments, benchmarking, multicast and reserved.
pub const DENIED_V4: &[&str] = &[
    "0.0.0.0/8",
    "10.0.0.0/8",
    "100.64.0.0/10",
    "127.0.0.0/8",
    "169.254.0.0/16",
    "172.16.0.0/12",
    "192.0.0.0/24",
    "192.168.0.0/16",
    "198.18.0.0/15",
    "224.0.0.0/3",
];

/// IPv6 ranges no tenant connection may reach: unspecified and loopback, IPv4-mapped,
/// IPv4/IPv6 translation, discard-only, unique local, link-local, multicast, and 6to4
/// (which embeds any IPv4 address).
pub const DENIED_V6: &[&str] = &[
    "::/127",
    "::ffff:0:0/96",
    "64:ff9b::/96",
    "64:ff9b:1::/48",
    "100::/64",
    "2002::/16",
    "fc00::/7",
    "fe80::/10",
    "ff00::/8",
];

/// Whether `ip` is an address a tenant may reach without an operator's exception.
pub fn is_public(ip: IpAddr) -> bool {
    let nets: &[&str] = match ip {
        IpAddr::V4(_) => DENIED_V4,
        IpAddr::V6(v6) => {
            if let Some(v4) = v6.to_ipv4_mapped() {
                return is_public(IpAddr::V4(v4));
            }
            DENIED_V6
        }
    };
    !nets.iter().any(|n| n.parse::<IpNet>().expect("constant range").contains(&ip))
}

/// A destination an operator lets tenants reach although it is not public: a host name,
/// an address or a network, with an optional port.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Destination {
    Host { name: String, port: Option<u16> },
    Net { net: IpNet, port: Option<u16> },
}

impl std::str::FromStr for Destination {
    type Err = String;

    /// `host`, `host:port`, `ip`, `ip:port`, `[v6]:port` or a CIDR (`10.0.0.0/8`).
    fn from_str(text: &str) -> Result<Self, String> {
        let text = text.trim();
        if text.is_empty() {
            return Err("an empty destination".into());
        }
        if let Ok(net) = text.parse::<IpNet>() {
            return Ok(Destination::Net { net, port: None });
        }
        if let Ok(ip) = text.parse::<IpAddr>() {
            return Ok(Destination::Net { net: IpNet::from(ip), port: None });
        }
        if let Ok(addr) = text.parse::<SocketAddr>() {
            return Ok(Destination::Net { net: IpNet::from(addr.ip()), port: Some(addr.port()) });
        }
        let (name, port) = match text.rsplit_once(':') {
            Some((name, port)) => (name, Some(port.parse::<u16>().map_err(|_| format!("{text:?}: a bad port"))?)),
            None => (text, None),
        };
        if name.is_empty() || !name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-') {
            return Err(format!("{text:?} is not a host, an address or a network"));
        }
        Ok(Destination::Host { name: name.to_ascii_lowercase(), port })
    }
}

impl Destination {
    fn port_matches(port: Option<u16>, wanted: u16) -> bool {
        port.is_none_or(|p| p == wanted)
    }

    fn allows(&self, host: &str, addr: SocketAddr) -> bool {
        match self {
            Destination::Host { name, port } => {
                name.eq_ignore_ascii_case(host) && Self::port_matches(*port, addr.port())
            }
            Destination::Net { net, port } => net.contains(&addr.ip()) && Self::port_matches(*port, addr.port()),
        }
    }
}

/// Which destinations a proxy lets through.
#[derive(Debug, Clone, Default)]
pub struct EgressPolicy {
    /// Host names that may be reached: exact, or `*.example.com` for its subdomains.
    /// Empty: any host (addresses are still checked).
    pub hosts: Vec<String>,
    /// Non-public destinations the operator allows anyway.
    pub exceptions: Vec<Destination>,
}

impl EgressPolicy {
    fn host_allowed(&self, host: &str) -> bool {
        let host = host.trim_end_matches('.').to_ascii_lowercase();
        self.hosts.is_empty()
            || self.hosts.iter().any(|pattern| match pattern.strip_prefix("*.") {
                Some(suffix) => host.ends_with(&format!(".{suffix}")),
                None => *pattern == host,
            })
            || self.exceptions.iter().any(|e| matches!(e, Destination::Host { name, .. } if *name == host))
    }

    /// The addresses of `host:port` that may be connected to, or why none may.
    pub async fn resolve(&self, host: &str, port: u16) -> Result<Vec<SocketAddr>, String> {
        let bare = host.trim_start_matches('[').trim_end_matches(']');
        if !self.host_allowed(bare) {
            return Err(format!("{bare} is not a host this sandbox may reach"));
        }
        let addrs: Vec<SocketAddr> = match bare.parse::<IpAddr>() {
            Ok(ip) => vec![SocketAddr::new(ip, port)],
            Err(_) => tokio::time::timeout(Duration::from_secs(10), tokio::net::lookup_host((bare, port)))
                .await
                .map_err(|_| format!("resolving {bare} timed out"))?
                .map_err(|e| format!("resolving {bare}: {e}"))?
                .collect(),
        };
        let allowed: Vec<SocketAddr> = addrs
            .iter()
            .copied()
            .filter(|a| is_public(a.ip()) || self.exceptions.iter().any(|e| e.allows(bare, *a)))
            .collect();
        if allowed.is_empty() {
            let shown: Vec<String> = addrs.iter().map(|a| a.ip().to_string()).collect();
            return Err(format!(
                "{bare} resolves to {} only: loopback, private and link-local addresses are refused",
                shown.join(", ")
            ));
        }
        Ok(allowed)
    }
}

/// An HTTP proxy enforcing an [`EgressPolicy`]; runs until its task is aborted.
pub struct EgressProxy {
    policy: Arc<EgressPolicy>,
    /// `Proxy-Authorization` every request must carry (the server's own listener on the
    /// host's loopback), or none (a listener inside one sandbox's network namespace).
    authorization: Option<String>,
    /// Refusals are written here too (a build's log), so the user sees why.
    log: Option<Arc<dyn BuildLog>>,
}

/// How long a client has to send its request head, and a connection to be made.
const HEAD_TIMEOUT: Duration = Duration::from_secs(30);
const CONNECT_TIMEOUT: Duration = Duration::from_secs(15);
const MAX_HEAD: usize = 16 * 1024;

impl EgressProxy {
    pub fn new(policy: Arc<EgressPolicy>) -> EgressProxy {
        EgressProxy { policy, authorization: None, log: None }
    }

    /// Requests must carry `Proxy-Authorization: Basic base64(ignite:<token>)`.
    pub fn with_token(mut self, token: &str) -> EgressProxy {
        use base64::Engine;
        let encoded = base64::engine::general_purpose::STANDARD.encode(format!("ignite:{token}"));
        self.authorization = Some(format!("Basic {encoded}"));
        self
    }

    pub fn with_log(mut self, log: Arc<dyn BuildLog>) -> EgressProxy {
        self.log = Some(log);
        self
    }

    /// Serves `listener` on a task of its own; abort the handle to stop.
    pub fn spawn(self, listener: TcpListener) -> tokio::task::JoinHandle<()> {
        let me = Arc::new(self);
        tokio::spawn(async move {
            loop {
                let Ok((client, _)) = listener.accept().await else { continue };
                let me = me.clone();
                tokio::spawn(async move {
                    let _ = me.serve(client).await;
                });
            }
        })
    }

    async fn refuse(&self, client: &mut TcpStream, status: &str, reason: &str) -> std::io::Result<()> {
        if let Some(log) = &self.log {
            log.write(format!("egress refused: {reason}\n").as_bytes());
        }
        let body = format!("ignite egress: {reason}\n");
        let response = format!(
            "HTTP/1.1 {status}\r\nContent-Type: text/plain\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        );
        client.write_all(response.as_bytes()).await
    }

    async fn serve(&self, mut client: TcpStream) -> std::io::Result<()> {
        let (head, rest) = match tokio::time::timeout(HEAD_TIMEOUT, read_head(&mut client)).await {
            Ok(Ok(parts)) => parts,
            Ok(Err(e)) => return self.refuse(&mut client, "400 Bad Request", &e).await,
            Err(_) => return Ok(()),
        };
        let request = match ProxyRequest::parse(&head) {
            Ok(r) => r,
            Err(e) => return self.refuse(&mut client, "400 Bad Request", &e).await,
        };
        if let Some(expected) = &self.authorization
            && request.authorization.as_deref() != Some(expected.as_str())
        {
            return self.refuse(&mut client, "407 Proxy Authentication Required", "the proxy needs its token").await;
        }
        let addrs = match self.policy.resolve(&request.host, request.port).await {
            Ok(a) => a,
            Err(reason) => return self.refuse(&mut client, "403 Forbidden", &reason).await,
        };
        let mut upstream = match tokio::time::timeout(CONNECT_TIMEOUT, TcpStream::connect(&addrs[..])).await {
            Ok(Ok(s)) => s,
            Ok(Err(e)) => {
                let reason = format!("connecting to {}:{}: {e}", request.host, request.port);
                return self.refuse(&mut client, "502 Bad Gateway", &reason).await;
            }
            Err(_) => {
                let reason = format!("connecting to {}:{} timed out", request.host, request.port);
                return self.refuse(&mut client, "504 Gateway Timeout", &reason).await;
            }
        };
        match request.forward_head {
            None => client.write_all(b"HTTP/1.1 200 Connection Established\r\n\r\n").await?,
            Some(head) => upstream.write_all(&head).await?,
        }
        upstream.write_all(&rest).await?;
        tokio::io::copy_bidirectional(&mut client, &mut upstream).await?;
        Ok(())
    }
}

/// The server's own egress proxy on the host's loopback (registry pulls), reachable
/// only with its random token.
pub struct HostProxy {
    url: String,
    task: tokio::task::JoinHandle<()>,
}

impl HostProxy {
    pub async fn start(policy: Arc<EgressPolicy>) -> std::io::Result<HostProxy> {
        let listener = TcpListener::bind(("127.0.0.1", 0)).await?;
        let addr = listener.local_addr()?;
        let token = uuid::Uuid::new_v4().simple().to_string();
        let task = EgressProxy::new(policy).with_token(&token).spawn(listener);
        Ok(HostProxy { url: format!("http://ignite:{token}@{addr}"), task })
    }

    /// The proxy's URL, its credentials included.
    pub fn url(&self) -> &str {
        &self.url
    }
}

impl Drop for HostProxy {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Reads up to the end of the request head; returns the head and what came after it.
async fn read_head(client: &mut TcpStream) -> Result<(Vec<u8>, Vec<u8>), String> {
    let mut buf = Vec::with_capacity(1024);
    let mut chunk = [0u8; 2048];
    loop {
        let n = client.read(&mut chunk).await.map_err(|e| e.to_string())?;
        if n == 0 {
            return Err("the connection closed before a request".into());
        }
        buf.extend_from_slice(&chunk[..n]);
        if let Some(end) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            let rest = buf.split_off(end + 4);
            return Ok((buf, rest));
        }
        if buf.len() > MAX_HEAD {
            return Err(format!("the request head is larger than {MAX_HEAD} bytes"));
        }
    }
}

/// A request to the proxy: where to, and for plain HTTP the head to send there.
struct ProxyRequest {
    host: String,
    port: u16,
    authorization: Option<String>,
    /// None for `CONNECT` (a tunnel).
    forward_head: Option<Vec<u8>>,
}

impl ProxyRequest {
    fn parse(head: &[u8]) -> Result<ProxyRequest, String> {
        let mut headers = [httparse::EMPTY_HEADER; 64];
        let mut req = httparse::Request::new(&mut headers);
        req.parse(head).map_err(|e| format!("a malformed request: {e}"))?;
        let method = req.method.ok_or("a request without a method")?.to_string();
        let target = req.path.ok_or("a request without a target")?.to_string();
        let header = |name: &str| {
            req.headers
                .iter()
                .find(|h| h.name.eq_ignore_ascii_case(name))
                .and_then(|h| std::str::from_utf8(h.value).ok())
                .map(str::to_string)
        };
        let authorization = header("proxy-authorization");
        if method == "CONNECT" {
            let (host, port) = split_authority(&target, 443)?;
            return Ok(ProxyRequest { host, port, authorization, forward_head: None });
        }
        let uri: http::Uri = target.parse().map_err(|_| format!("{target:?} is not a URL"))?;
        if uri.scheme_str() != Some("http") {
            return Err(format!("{target:?}: only http:// URLs are forwarded (use CONNECT for https)"));
        }
        let authority = uri.authority().ok_or("a URL without a host")?.as_str();
        let authority = authority.rsplit_once('@').map(|(_, a)| a).unwrap_or(authority);
        let (host, port) = split_authority(authority, 80)?;
        let path = uri.path_and_query().map(|p| p.as_str()).unwrap_or("/");
        let mut forward = format!("{method} {path} HTTP/1.1\r\n").into_bytes();
        for h in req.headers.iter() {
            let name = h.name.to_ascii_lowercase();
            if name.starts_with("proxy-") || name == "connection" || name == "keep-alive" {
                continue;
            }
            forward.extend_from_slice(h.name.as_bytes());
            forward.extend_from_slice(b": ");
            forward.extend_from_slice(h.value);
            forward.extend_from_slice(b"\r\n");
        }
        // One request per connection: the tunnel below copies bytes, not requests.
        forward.extend_from_slice(b"Connection: close\r\n\r\n");
        Ok(ProxyRequest { host, port, authorization, forward_head: Some(forward) })
    }
}

fn split_authority(authority: &str, default_port: u16) -> Result<(String, u16), String> {
    if let Ok(addr) = authority.parse::<SocketAddr>() {
        return Ok((addr.ip().to_string(), addr.port()));
    }
    match authority.rsplit_once(':') {
        Some((host, port)) if !host.contains(':') || host.ends_with(']') => {
            let port = port.parse().map_err(|_| format!("{authority:?}: a bad port"))?;
            Ok((host.trim_start_matches('[').trim_end_matches(']').to_string(), port))
        }
        _ => Ok((authority.trim_start_matches('[').trim_end_matches(']').to_string(), default_port)),
    }
}

/// The addresses of this machine's interfaces (a tenant must not reach the host by
/// one of them either).
pub fn host_addresses() -> Vec<IpAddr> {
    let mut out = Vec::new();
    if let Ok(addrs) = nix::ifaddrs::getifaddrs() {
        for ifaddr in addrs {
            let Some(addr) = ifaddr.address else { continue };
            if let Some(v4) = addr.as_sockaddr_in() {
                out.push(IpAddr::V4(v4.ip()));
            } else if let Some(v6) = addr.as_sockaddr_in6() {
                out.push(IpAddr::V6(v6.ip()));
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_public_addresses_pass() {
        for denied in [
            "127.0.0.1",
            "10.1.2.3",
            "169.254.169.254",
            "192.168.1.1",
            "172.20.0.1",
            "100.64.0.1",
            "0.0.0.0",
            "::1",
            "fe80::1",
            "fd00::1",
            "::ffff:127.0.0.1",
            "::ffff:10.0.0.1",
        ] {
            assert!(!is_public(denied.parse().unwrap()), "{denied}");
        }
        for allowed in ["1.1.1.1", "203.0.113.10", "151.101.0.223", "2606:4700::1111"] {
            assert!(is_public(allowed.parse().unwrap()), "{allowed}");
        }
    }

    #[tokio::test]
    async fn names_are_judged_by_what_they_resolve_to() {
        let open = EgressPolicy::default();
        let err = open.resolve("localhost", 80).await.unwrap_err();
        assert!(err.contains("refused"), "{err}");
        assert!(open.resolve("169.254.169.254", 80).await.unwrap_err().contains("refused"));

        let registries = EgressPolicy { hosts: vec!["crates.io".into(), "*.crates.io".into()], exceptions: vec![] };
        assert!(registries.resolve("example.com", 443).await.unwrap_err().contains("not a host"));

        let excepted = EgressPolicy { hosts: vec![], exceptions: vec!["127.0.0.1:5000".parse().unwrap()] };
        assert_eq!(excepted.resolve("127.0.0.1", 5000).await.unwrap(), vec!["127.0.0.1:5000".parse().unwrap()]);
        assert!(excepted.resolve("127.0.0.1", 5001).await.is_err());
    }

    #[test]
    fn exceptions_parse() {
        assert_eq!(
            "10.0.0.0/8".parse::<Destination>().unwrap(),
            Destination::Net { net: "10.0.0.0/8".parse().unwrap(), port: None }
        );
        assert_eq!(
            "registry.local:5000".parse::<Destination>().unwrap(),
            Destination::Host { name: "registry.local".into(), port: Some(5000) }
        );
        assert!("a b".parse::<Destination>().is_err());
    }
}
