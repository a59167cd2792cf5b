//! Attacks a tenant could try, each run against a real server: crafted archives and
//! layers, malicious requirements and build scripts, symlinked git checkouts, guests
//! that probe the host's network, fork bombs, calls the seccomp profile refuses, and
//! names that would share a host. Every test asserts the safe outcome: a clear error,
//! host files intact, nothing of the server's secrets in what the tenant can read, and
//! the server still serving. docs/security.md maps each boundary to its test here.

mod archives;
mod builds;
mod names;
mod network;
mod sandbox;

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::harness::{Server, unb64};

/// An environment variable of the server process that no tenant may ever read.
pub const CANARY: (&str, &str) = ("IGNITE_TEST_CANARY", "canary-5f1e0c7a-never-visible");

/// A file of the host outside every directory the server gives tenants, which no attack
/// may change or read.
pub struct Sentinel {
    _dir: tempfile::TempDir,
    pub dir: PathBuf,
    pub path: PathBuf,
}

pub const SENTINEL_TEXT: &str = "sentinel-3b9d: the host's own file";

impl Sentinel {
    pub fn new() -> Sentinel {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sentinel");
        std::fs::write(&path, SENTINEL_TEXT).unwrap();
        Sentinel { dir: dir.path().to_path_buf(), path, _dir: dir }
    }

    pub fn assert_intact(&self) {
        let text = std::fs::read_to_string(&self.path).unwrap_or_else(|e| panic!("the sentinel is gone: {e}"));
        assert_eq!(text, SENTINEL_TEXT, "the sentinel was changed");
        let names: Vec<_> = std::fs::read_dir(&self.dir).unwrap().flatten().map(|e| e.file_name()).collect();
        assert_eq!(names, vec![std::ffi::OsString::from("sentinel")], "nothing was added beside the sentinel");
    }
}

/// Fails if `text` (anything a tenant can read) holds a secret of the server: its
/// tokens, its key, its environment, the sentinel's contents.
pub fn assert_no_secrets(s: &Server, text: &str) {
    let key = std::fs::read_to_string(s.data_dir.join("secret.key")).unwrap();
    for (what, secret) in [
        ("the dev token", s.token.as_str()),
        ("the secret key", key.trim()),
        ("the server's environment", CANARY.1),
        ("a host file", SENTINEL_TEXT),
    ] {
        assert!(!text.contains(secret), "{what} leaked into tenant-visible output: {text}");
    }
}

/// CompileDraft of `org/app`, waited for: (the draft at its end, the build's log).
pub async fn compile(s: &Server, token: &str, org: &str, app: &str) -> (Value, String) {
    let path = format!("/v1/ignite/app/{org}/{app}/draft");
    let (status, body) = s.http("POST", &format!("{path}/compile"), Some(token), Some("{}")).await;
    assert_eq!(status, 200, "{body}");
    let id = body["deployId"].as_str().unwrap_or_default().to_string();
    let draft = loop {
        let (_, body) = s.http("GET", &path, Some(token), None).await;
        if body["draft"]["status"] != "VERSION_STATUS_COMPILING" {
            break body["draft"].clone();
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    };
    let (_, log) = s.http("GET", &format!("/v1/ignite/app/{org}/{app}/builds/{id}/log"), Some(token), None).await;
    let log = log["log"].as_str().map(|l| String::from_utf8_lossy(&unb64(l)).into_owned()).unwrap_or_default();
    (draft, log)
}

/// Whether `path` exists (without following a link at its end).
pub fn exists(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok()
}
