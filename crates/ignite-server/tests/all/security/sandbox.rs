//! The sandbox itself: what a guest cannot call, read or start, and a server that
//! refuses to run without one.

use std::process::Command;

use serde_json::{Value, json};

use super::{CANARY, Sentinel, assert_no_secrets};
use crate::harness::{Server, deploy, invoke_text, python_draft};

/// Tries what the seccomp profile and the mounts refuse, and reports each outcome.
const ESCAPE_ARTIST: &str = r#"import ctypes, errno, json, os, socket
libc = ctypes.CDLL(None, use_errno=True)

def call(fn):
    try:
        result = fn()
        if result is None or (isinstance(result, int) and result >= 0):
            return "allowed"
        return "refused " + errno.errorcode.get(ctypes.get_errno(), "?")
    except OSError as e:
        return "refused " + errno.errorcode.get(e.errno, str(e))

def sock(family, kind):
    def make():
        socket.socket(family, kind).close()
    return make

def read(path):
    def go():
        with open(path, "rb") as f:
            f.read(100)
    return go

SENTINEL = SENTINEL_PATH
DATA_DIR = DATA_DIR_PATH

def handler(payload, ctx):
    return {
        "new user namespace": call(lambda: libc.unshare(0x10000000)),
        "new network namespace": call(lambda: libc.unshare(0x40000000)),
        "mount": call(lambda: libc.mount(b"none", b"/tmp", b"tmpfs", 0, None)),
        "io_uring": call(lambda: libc.syscall(425, 8, ctypes.create_string_buffer(120))),
        "bpf": call(lambda: libc.syscall(321, 0, None, 0)),
        "ptrace": call(lambda: libc.ptrace(16, 1, None, None)),
        "keyctl": call(lambda: libc.syscall(250, 0, 0, 0, 0, 0)),
        "netlink socket": call(sock(socket.AF_NETLINK, socket.SOCK_RAW)),
        "packet socket": call(sock(socket.AF_PACKET, socket.SOCK_RAW)),
        "raw socket": call(sock(socket.AF_INET, socket.SOCK_RAW)),
        "read shadow": call(read("/etc/shadow")),
        "read sentinel": call(read(SENTINEL)),
        "read data dir": call(read(DATA_DIR + "/secret.key")),
        "environment": "clean" if not any("CANARY" in k for k in os.environ) else "LEAKED",
    }
"#;

#[tokio::test]
async fn a_guest_cannot_leave_its_namespaces_or_reach_the_kernel_surface_the_profile_closes() {
    let sentinel = Sentinel::new();
    let s = Server::start_with_env(&[], &[CANARY]);
    let source = ESCAPE_ARTIST
        .replace("SENTINEL_PATH", &format!("{:?}", sentinel.path.display().to_string()))
        .replace("DATA_DIR_PATH", &format!("{:?}", s.data_dir.display().to_string()));
    // Network enabled: the profile allows IPv4 and IPv6, and still refuses the rest.
    let (status, body) =
        deploy(&s, &s.token, "dev", "escape", json!({"networkEnabled": true}), &python_draft(&source)).await;
    assert_eq!(status, 200, "{body}");
    let (status, out, trailer) = invoke_text(&s, &s.token, "dev", "escape", b"").await;
    assert_eq!(status, 200, "{out} {trailer}");
    let results: Value = serde_json::from_str(&out).unwrap();
    for (what, outcome) in results.as_object().unwrap() {
        let outcome = outcome.as_str().unwrap();
        if what == "environment" {
            assert_eq!(outcome, "clean");
        } else {
            assert!(outcome.starts_with("refused"), "{what}: {outcome} ({results})");
        }
    }
    assert_no_secrets(&s, &out);
    sentinel.assert_intact();
}

#[tokio::test]
async fn an_import_time_fork_bomb_stops_at_the_zygotes_limits() {
    let s = Server::start();
    let bomb = "import os\nfor _ in range(100000):\n    try:\n        if os.fork() == 0:\n            import time\n            time.sleep(600)\n    except OSError:\n        break\n\ndef handler(payload, ctx):\n    return 'unreachable?'\n";
    let (status, _) = deploy(&s, &s.token, "dev", "bomb", json!({}), &python_draft(bomb)).await;
    // Publish works (the code is valid); starting it either fails or serves with the
    // processes it could make, never more than its pids limit.
    let _ = status;
    let (code, out, trailer) = invoke_text(&s, &s.token, "dev", "bomb", b"").await;
    eprintln!("the fork bomb's call: {code} {out} {trailer}");
    let processes = descendants(s.pid());
    assert!(processes <= 128 + 16, "the bomb stopped at its limit: {processes} processes below the server");
    // The server and other apps are fine.
    let (status, body) =
        deploy(&s, &s.token, "dev", "fine", json!({}), &python_draft("def handler(p, c):\n    return 'ok'\n")).await;
    assert_eq!(status, 200, "{body}");
    let (status, out, _) = invoke_text(&s, &s.token, "dev", "fine", b"").await;
    assert_eq!((status, out.as_str()), (200, "ok"));
}

/// How many processes run below `pid`.
fn descendants(pid: u32) -> usize {
    let mut queue = vec![pid];
    let mut count = 0;
    while let Some(p) = queue.pop() {
        for task in std::fs::read_dir(format!("/proc/{p}/task")).into_iter().flatten().flatten() {
            if let Ok(children) = std::fs::read_to_string(task.path().join("children")) {
                for child in children.split_whitespace().filter_map(|c| c.parse::<u32>().ok()) {
                    count += 1;
                    queue.push(child);
                }
            }
        }
    }
    count
}

/// Runs `ignite-server` with bubblewrap hidden (a private mount namespace binds an
/// empty file over it): what a machine without bubblewrap sees.
fn server_without_bubblewrap(args: &[&str]) -> Command {
    let data = tempfile::tempdir().unwrap().keep();
    let mut script = String::from(
        "for b in /usr/bin/bwrap /bin/bwrap /usr/local/bin/bwrap; do [ -e \"$b\" ] && mount --bind /dev/null \"$b\"; done; exec \"$0\" \"$@\"",
    );
    script.push('\n');
    let mut cmd = Command::new("unshare");
    cmd.args(["--mount", "--propagation", "private", "sh", "-c", &script, env!("CARGO_BIN_EXE_ignite-server")])
        .args(["--data-dir", data.to_str().unwrap(), "--listen", "127.0.0.1:0"])
        .args(args)
        .env("RUST_LOG", "info");
    cmd
}

#[tokio::test]
async fn without_bubblewrap_the_server_refuses_to_start_unless_told_and_then_says_so() {
    let mut refused = server_without_bubblewrap(&[]).stderr(std::process::Stdio::piped()).spawn().unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    let status = loop {
        if let Some(status) = refused.try_wait().unwrap() {
            break status;
        }
        if std::time::Instant::now() > deadline {
            let _ = refused.kill();
            panic!("the server must not start without bubblewrap");
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    };
    assert!(!status.success(), "the server exits non-zero");
    let mut stderr = String::new();
    std::io::Read::read_to_string(&mut refused.stderr.take().unwrap(), &mut stderr).unwrap();
    assert!(stderr.contains("bubblewrap") && stderr.contains("--insecure-no-sandbox"), "{stderr}");

    let mut child = server_without_bubblewrap(&["--insecure-no-sandbox"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = std::io::BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    std::io::BufRead::read_line(&mut stdout, &mut line).unwrap();
    let addr = line.split_whitespace().nth(3).unwrap_or_else(|| panic!("{line:?}")).to_string();
    let health: Value = reqwest::get(format!("http://{addr}/v1/ignite/health")).await.unwrap().json().await.unwrap();
    let _ = child.kill();
    let _ = child.wait();
    assert_eq!(health["insecure"], true, "{health}");
    assert!(health["sandbox"].as_str().unwrap().contains("INSECURE"), "{health}");
    let mut stderr = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut stderr).unwrap();
    let lines: Vec<&str> = stderr.lines().filter(|l| !l.trim().is_empty()).collect();
    assert!(!lines.is_empty(), "the server logged");
    for line in lines {
        assert!(line.contains("INSECURE"), "every log line says so: {line}");
    }
}
