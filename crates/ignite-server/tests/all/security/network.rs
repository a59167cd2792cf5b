//! Network boundaries: a network-enabled app reaches public addresses through
//! user-mode networking and nothing of the host (its loopback, its other addresses,
//! link-local metadata); builds and fetches reach only what the egress policy allows.

use std::net::IpAddr;
use std::process::{Child, Command};
use std::sync::atomic::{AtomicU32, Ordering};

use serde_json::{Value, json};

use super::{CANARY, assert_no_secrets, compile};
use crate::harness::{Server, b64, deploy, invoke_text, python_draft};

/// A host on a "public-looking" address (203.0.113.x) in a network namespace of its
/// own, routed from the host's namespace over a veth pair, serving HTTP; removed when
/// dropped.
struct PublicHost {
    ns: String,
    veth: String,
    address: String,
    server: Child,
}

const PUBLIC_PORT: u16 = 8080;

fn ip(args: &[&str]) {
    let out = Command::new("ip").args(args).output().expect("iproute2");
    assert!(out.status.success(), "ip {args:?}: {}", String::from_utf8_lossy(&out.stderr));
}

impl PublicHost {
    fn start() -> PublicHost {
        static NEXT: AtomicU32 = AtomicU32::new(0);
        let n = NEXT.fetch_add(1, Ordering::SeqCst);
        let id = format!("{}{n}", std::process::id() % 100_000);
        let (ns, veth, peer) = (format!("ignpub{id}"), format!("ignh{id}"), format!("ignp{id}"));
        // A /30 of its own, and a public-looking address of its own (unique within
        // this process by `n`, across processes by the pid).
        let k = (std::process::id() % 50) * 5 + n % 5;
        let (host_side, pub_side) = (format!("10.253.{k}.1"), format!("10.253.{k}.2"));
        let address = format!("203.0.113.{}", k + 1);
        ip(&["netns", "add", &ns]);
        ip(&["link", "add", &veth, "type", "veth", "peer", "name", &peer]);
        ip(&["link", "set", &peer, "netns", &ns]);
        ip(&["addr", "add", &format!("{host_side}/30"), "dev", &veth]);
        ip(&["link", "set", &veth, "up"]);
        ip(&["-n", &ns, "addr", "add", &format!("{pub_side}/30"), "dev", &peer]);
        ip(&["-n", &ns, "link", "set", &peer, "up"]);
        ip(&["-n", &ns, "link", "set", "lo", "up"]);
        ip(&["-n", &ns, "addr", "add", &format!("{address}/32"), "dev", "lo"]);
        ip(&["route", "add", &format!("{address}/32"), "via", &pub_side]);
        let python = python3();
        let server = Command::new("ip")
            .args(["netns", "exec", &ns])
            .arg(python)
            .args(["-m", "http.server", "--bind", &address, &PUBLIC_PORT.to_string()])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        let host = PublicHost { ns, veth, address, server };
        // Wait until it serves (from the host's namespace, over the route).
        for _ in 0..100 {
            if std::net::TcpStream::connect((host.address.as_str(), PUBLIC_PORT)).is_ok() {
                return host;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        panic!("the public host did not start");
    }
}

impl Drop for PublicHost {
    fn drop(&mut self) {
        let _ = self.server.kill();
        let _ = self.server.wait();
        let _ = Command::new("ip").args(["link", "del", &self.veth]).status();
        let _ = Command::new("ip").args(["netns", "del", &self.ns]).status();
    }
}

/// The real interpreter (not a pyenv shim).
fn python3() -> String {
    let out = Command::new("python3").args(["-c", "import sys; print(sys.executable)"]).output().unwrap();
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

/// Connects to each (host, port) of the payload and says what happened.
const PROBE: &str = r#"import json, socket

def probe(host, port):
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    s = None
    try:
        s = socket.socket(family, socket.SOCK_STREAM)
        s.settimeout(3)
        s.connect((host, port))
        s.sendall(b"GET / HTTP/1.0\r\nHost: probe\r\n\r\n")
        return "connected: " + s.recv(64).decode(errors="replace")
    except OSError as e:
        return f"refused: {e}"
    finally:
        if s:
            s.close()

def handler(payload, ctx):
    return {f"{h}:{p}": probe(h, p) for h, p in json.loads(payload)}
"#;

/// The host's addresses other than loopback (a tenant must not reach the host by them).
fn host_addresses() -> Vec<IpAddr> {
    let out = Command::new("ip").args(["-j", "addr"]).output().unwrap();
    let links: Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut addrs = Vec::new();
    for link in links.as_array().unwrap() {
        for info in link["addr_info"].as_array().into_iter().flatten() {
            if let Some(ip) = info["local"].as_str().and_then(|a| a.parse::<IpAddr>().ok())
                && !ip.is_loopback()
                && !matches!(ip, IpAddr::V6(v6) if (v6.segments()[0] & 0xffc0) == 0xfe80)
            {
                addrs.push(ip);
            }
        }
    }
    addrs
}

#[tokio::test]
async fn a_network_enabled_app_reaches_public_addresses_and_nothing_of_the_host() {
    let public = PublicHost::start();
    // A service of the host on every address: the guest must reach it by none of them.
    let host_service = std::net::TcpListener::bind("0.0.0.0:0").unwrap();
    let host_port = host_service.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for stream in host_service.incoming().flatten() {
            let _ = std::io::Write::write_all(&mut &stream, b"HTTP/1.0 200 OK\r\n\r\nhost secret");
        }
    });
    let s = Server::start_with_env(&[], &[CANARY]);
    let (status, body) =
        deploy(&s, &s.token, "dev", "prober", json!({"networkEnabled": true}), &python_draft(PROBE)).await;
    assert_eq!(status, 200, "{body}");
    let server_port = s.addr.port();
    let mut targets = vec![
        json!([public.address, PUBLIC_PORT]),
        json!(["127.0.0.1", server_port]),
        json!(["10.0.2.2", server_port]),
        json!(["169.254.169.254", 80]),
        json!(["127.0.0.1", host_port]),
    ];
    let addrs = host_addresses();
    targets.extend(addrs.iter().map(|a| json!([a.to_string(), host_port])));
    let (status, out, trailer) =
        invoke_text(&s, &s.token, "dev", "prober", json!(targets).to_string().as_bytes()).await;
    assert_eq!(status, 200, "{out} {trailer}");
    let results: Value = serde_json::from_str(&out).unwrap();
    let public_result = results[format!("{}:{PUBLIC_PORT}", public.address)].as_str().unwrap();
    assert!(public_result.starts_with("connected: HTTP/1.0 200"), "the public address is reachable: {results}");
    for (target, result) in results.as_object().unwrap() {
        if target.starts_with(&public.address) {
            continue;
        }
        assert!(result.as_str().unwrap().starts_with("refused"), "{target} must be unreachable: {results}");
    }
    assert!(!addrs.is_empty() || results.as_object().unwrap().len() == 5);
    assert_no_secrets(&s, &out);

    // An allow-list narrows it further: the public host on another port is refused.
    let allow = json!({"networkEnabled": true, "egressAllow": [format!("{}:{PUBLIC_PORT}", public.address)]});
    let (status, body) = deploy(&s, &s.token, "dev", "narrow", allow, &python_draft(PROBE)).await;
    assert_eq!(status, 200, "{body}");
    let targets = json!([[public.address, PUBLIC_PORT], [public.address, PUBLIC_PORT + 1], ["1.1.1.1", 443]]);
    let (_, out, _) = invoke_text(&s, &s.token, "dev", "narrow", targets.to_string().as_bytes()).await;
    let results: Value = serde_json::from_str(&out).unwrap();
    assert!(
        results[format!("{}:{PUBLIC_PORT}", public.address)].as_str().unwrap().starts_with("connected"),
        "{results}"
    );
    assert!(results[format!("{}:{}", public.address, PUBLIC_PORT + 1)].as_str().unwrap().starts_with("refused"));
    assert!(results["1.1.1.1:443"].as_str().unwrap().starts_with("refused"), "{results}");

    // A bad allow-list entry is a clear error naming the field.
    let (status, body) = s
        .call("POST", "/v1/ignite/app/dev", Some(&json!({"name": "bad", "egressAllow": ["not a host"]}).to_string()))
        .await;
    assert_eq!(status, 400, "{body}");
    assert!(body.to_string().contains("egress_allow"), "{body}");
}

#[tokio::test]
async fn an_app_without_network_has_no_sockets_but_its_own() {
    let s = Server::start();
    let (status, body) = deploy(&s, &s.token, "dev", "closed", json!({}), &python_draft(PROBE)).await;
    assert_eq!(status, 200, "{body}");
    let targets = json!([["1.1.1.1", 443], ["127.0.0.1", s.addr.port()]]);
    let (_, out, _) = invoke_text(&s, &s.token, "dev", "closed", targets.to_string().as_bytes()).await;
    let results: Value = serde_json::from_str(&out).unwrap();
    for (target, result) in results.as_object().unwrap() {
        assert!(result.as_str().unwrap().starts_with("refused"), "{target}: {results}");
    }
}

/// A package whose build (setup.py, run by pip) tries to reach the host and the
/// metadata service, directly and through the build's proxy, and prints what it got.
fn nosy_package(server_port: u16) -> Vec<u8> {
    let setup = format!(
        r#"import os, socket, urllib.request
def probe(host, port):
    s = socket.socket()
    s.settimeout(3)
    try:
        s.connect((host, port)); return "CONNECTED"
    except OSError as e:
        return "refused " + str(e)
for host, port in [("127.0.0.1", {server_port}), ("169.254.169.254", 80), ("10.0.2.2", {server_port})]:
    print("NOSY direct", host, port, probe(host, port), flush=True)
for url in ["http://127.0.0.1:{server_port}/v1/ignite/health", "http://169.254.169.254/latest/meta-data/"]:
    try:
        print("NOSY proxied", url, "CONNECTED", urllib.request.urlopen(url, timeout=5).read()[:80], flush=True)
    except Exception as e:
        print("NOSY proxied", url, "refused", e, flush=True)
print("NOSY env", sorted(os.environ.items()), flush=True)
# Fail, so that pip shows all of the above in the build log.
raise SystemExit("nosy: done looking")
"#
    );
    crate::harness::tar_gz(&[
        ("handler.py", "def handler(payload, ctx):\n    return 'ok'\n"),
        ("requirements.txt", "./nosy\n"),
        ("nosy/setup.py", &setup),
    ])
}

#[tokio::test]
async fn builds_reach_the_package_registries_only() {
    let s = Server::start_with_env(&[], &[CANARY]);
    let draft =
        json!({"code": {"compile": {"runtime": {"python": {}}, "sourceCode": b64(&nosy_package(s.addr.port()))}}});
    s.call("POST", "/v1/ignite/app/dev", Some(r#"{"name":"nosy"}"#)).await;
    let (status, body) = s.call("POST", "/v1/ignite/app/dev/nosy/draft", Some(&draft.to_string())).await;
    assert_eq!(status, 200, "{body}");
    let (draft, log) = compile(&s, &s.token, "dev", "nosy").await;
    // pip fetched setuptools from PyPI through the proxy; the package then fails on
    // purpose, so that its output is in the log.
    assert!(log.contains("Installing build dependencies: finished with status 'done'"), "{log}");
    assert_eq!(draft["status"], "VERSION_STATUS_FAILED", "{draft}\n{log}");
    let nosy: Vec<&str> = log.lines().filter(|l| l.contains("NOSY")).collect();
    assert_eq!(nosy.iter().filter(|l| l.contains("direct")).count(), 3, "{log}");
    assert_eq!(nosy.iter().filter(|l| l.contains("proxied")).count(), 2, "{log}");
    for line in &nosy {
        assert!(!line.contains("CONNECTED"), "a build reached what it must not: {line}");
    }
    assert!(log.contains("egress refused"), "the proxy says why: {log}");
    assert_no_secrets(&s, &log);
}

#[tokio::test]
async fn image_pulls_and_git_clones_refuse_loopback_and_link_local_hosts() {
    let s = Server::start();
    let port = s.addr.port();
    for (app, source) in [
        ("pull", json!({"prebuilt": {"imageRef": format!("127.0.0.1:{port}/private/image:1")}})),
        ("meta", json!({"prebuilt": {"imageRef": "169.254.169.254/latest:1"}})),
        ("clone", json!({"fromGit": {"gitUrl": format!("http://127.0.0.1:{port}/repo.git")}})),
        ("clone-meta", json!({"fromGit": {"gitUrl": "http://169.254.169.254/repo.git"}})),
        ("clone-git", json!({"fromGit": {"gitUrl": "git://127.0.0.1/repo.git"}})),
    ] {
        s.call("POST", "/v1/ignite/app/dev", Some(&json!({"name": app}).to_string())).await;
        let draft = json!({"code": {"image": source}}).to_string();
        let (status, body) = s.call("POST", &format!("/v1/ignite/app/dev/{app}/draft"), Some(&draft)).await;
        assert_eq!(status, 200, "{body}");
        let (draft, log) = compile(&s, &s.token, "dev", app).await;
        assert_eq!(draft["status"], "VERSION_STATUS_FAILED", "{app}: {draft}");
        let error = draft["error"].as_str().unwrap_or_default();
        let said = format!("{error}\n{log}");
        assert!(said.contains("refused") || said.contains("only https and http"), "{app}: the reason is named: {said}");
        assert_no_secrets(&s, &said);
    }
}
