//! Starts the real server binary on a free loopback port with a fresh data directory
//! and gives tests a gRPC client, an HTTP client and the first-start token.

use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use ignite_proto::v1::compute_service_client::ComputeServiceClient;
use ignite_proto::v1::secret_service_client::SecretServiceClient;
use serde_json::Value;
use tonic::transport::Channel;

pub const ORG: &str = "dev";

pub struct Server {
    child: Child,
    pub addr: SocketAddr,
    pub data_dir: PathBuf,
    _dir: Option<tempfile::TempDir>,
    pub token: String,
    http: reqwest::Client,
    /// The flags it was started with beyond the harness's own.
    args: Vec<String>,
}

fn binary() -> &'static str {
    env!("CARGO_BIN_EXE_ignite-server")
}

/// The PostgreSQL server of the test matrix's second run (`.ci/run` starts one with
/// scripts/postgres.sh): `postgres://user@host:port/postgres`. Unset: SQLite.
const TEST_POSTGRES: &str = "IGNITE_TEST_POSTGRES";

/// Whether this run's servers share a PostgreSQL store (the matrix's second run).
pub fn shared_database() -> bool {
    std::env::var_os(TEST_POSTGRES).is_some()
}

/// A database several servers share (PostgreSQL run only), and the directory that
/// names it (keep it while they run).
pub fn cluster_database() -> Option<(String, tempfile::TempDir)> {
    let dir = tempfile::tempdir().unwrap();
    Some((database_for(dir.path())?, dir))
}

/// The database of the server on `data_dir` under the PostgreSQL run: one database per
/// data directory (created on first use), so a restart finds its state again.
pub fn database_for(data_dir: &Path) -> Option<String> {
    let admin = std::env::var(TEST_POSTGRES).ok()?;
    let name = format!("t_{}", &hex_sha256(data_dir.to_str().unwrap())[..24]);
    let out = Command::new("psql")
        .args([admin.as_str(), "-qAtc", &format!("SELECT 1 FROM pg_database WHERE datname = '{name}'")])
        .output()
        .expect("psql runs");
    assert!(out.status.success(), "psql: {}", String::from_utf8_lossy(&out.stderr));
    if out.stdout.is_empty() {
        let created = Command::new("psql").args([admin.as_str(), "-qc", &format!("CREATE DATABASE {name}")]).status();
        assert!(created.unwrap().success(), "creating database {name}");
    }
    let (base, _) = admin.rsplit_once('/').expect("a database URL");
    Some(format!("{base}/{name}"))
}

fn hex_sha256(text: &str) -> String {
    use sha2::Digest;
    hex::encode(sha2::Sha256::digest(text.as_bytes()))
}

/// `ignite-server` with the database of `data_dir` (see [`database_for`]).
pub fn server_command(data_dir: &Path) -> Command {
    let mut cmd = Command::new(binary());
    cmd.args(["--data-dir", data_dir.to_str().unwrap()]);
    if let Some(url) = database_for(data_dir) {
        // Deletes at once: the tests observe them (one server writes; no other can race).
        cmd.env("IGNITE_DATABASE", url).env("IGNITE_SHARED_BLOB_GRACE_SECS", "0");
    }
    cmd
}

impl Server {
    pub fn start() -> Server {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().to_path_buf();
        let mut server = Server::start_in(&path, &[]);
        server._dir = Some(dir);
        server
    }

    /// A server on a fresh data directory, with more flags.
    pub fn start_with(extra: &[&str]) -> Server {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().to_path_buf();
        let mut server = Server::start_in(&path, extra);
        server._dir = Some(dir);
        server
    }

    /// A server on a fresh data directory, with more flags and environment variables.
    pub fn start_with_env(extra: &[&str], env: &[(&str, &str)]) -> Server {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().to_path_buf();
        let mut server = Server::start_in_env(&path, extra, env);
        server._dir = Some(dir);
        server
    }

    /// Starts (or restarts) a server on `data_dir`. Build caches are shared by every
    /// test server (so each test does not fetch and compile the same crates again).
    pub fn start_in(data_dir: &Path, extra: &[&str]) -> Server {
        Server::start_in_env(data_dir, extra, &[])
    }

    fn start_in_env(data_dir: &Path, extra: &[&str], env: &[(&str, &str)]) -> Server {
        let build_cache = Path::new(env!("CARGO_TARGET_TMPDIR")).join("ignite-build-cache");
        let mut cmd = server_command(data_dir);
        // The Deno that scripts/setup.sh installs, when deno is not on PATH.
        let deno = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../.tools/deno/node_modules/.bin/deno");
        if deno.exists() && std::env::var_os("IGNITE_DENO").is_none() {
            cmd.env("IGNITE_DENO", deno);
        }
        let mut child = cmd
            .args(["--listen", "127.0.0.1:0"])
            .args(["--build-cache-dir", build_cache.to_str().unwrap()])
            .args(extra)
            .envs(env.iter().copied())
            .env("RUST_LOG", "warn")
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("server starts");
        let mut stdout = BufReader::new(child.stdout.take().unwrap());
        let mut line = String::new();
        stdout.read_line(&mut line).unwrap();
        // Keep draining so the server never writes into a closed pipe.
        std::thread::spawn(move || std::io::copy(&mut stdout, &mut std::io::sink()));
        let addr =
            line.split_whitespace().nth(3).unwrap_or_else(|| panic!("unexpected first line {line:?}")).parse().unwrap();
        // A server joining a store that has tokens writes none (a cluster's later nodes).
        let token =
            std::fs::read_to_string(data_dir.join("dev-token")).map(|t| t.trim().to_string()).unwrap_or_default();
        let args = extra.iter().map(|a| a.to_string()).collect();
        Server { child, addr, data_dir: data_dir.to_path_buf(), _dir: None, token, http: reqwest::Client::new(), args }
    }

    /// The `--node-name` it was started with (empty if none).
    pub fn node_name(&self) -> &str {
        let i = self.args.iter().position(|a| a == "--node-name");
        i.and_then(|i| self.args.get(i + 1)).map_or("", String::as_str)
    }

    /// The server process's pid.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// SIGKILL, no chance to clean up.
    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// SIGTERM, then waits for the exit.
    pub fn terminate(&mut self) -> std::process::ExitStatus {
        let pid = self.child.id().to_string();
        assert!(Command::new("kill").args(["-TERM", &pid]).status().unwrap().success());
        self.child.wait().unwrap()
    }

    /// Runs `ignite-server token <args>` against this server's data directory.
    pub fn token_cli(&self, args: &[&str]) -> String {
        let mut all = vec!["token"];
        all.extend_from_slice(args);
        self.admin(&all).trim().to_string()
    }

    /// The hashes of the stored blobs (the blob directory, or the database's table
    /// under PostgreSQL).
    pub fn stored_blobs(&self) -> Vec<String> {
        if let Some(url) = database_for(&self.data_dir) {
            let out = Command::new("psql").args([url.as_str(), "-qAtc", "SELECT hash FROM blobs"]).output().unwrap();
            assert!(out.status.success(), "psql: {}", String::from_utf8_lossy(&out.stderr));
            return String::from_utf8(out.stdout).unwrap().lines().map(str::to_string).collect();
        }
        let mut out = Vec::new();
        for prefix in std::fs::read_dir(self.data_dir.join("blobs/sha256")).unwrap() {
            let prefix = prefix.unwrap();
            for blob in std::fs::read_dir(prefix.path()).unwrap() {
                out.push(format!(
                    "{}{}",
                    prefix.file_name().to_string_lossy(),
                    blob.unwrap().file_name().to_string_lossy()
                ));
            }
        }
        out
    }

    /// Everything the database holds, as bytes: the SQLite file and its journal, or a
    /// `pg_dump` of the PostgreSQL database.
    pub fn database_bytes(&self) -> Vec<u8> {
        if let Some(url) = database_for(&self.data_dir) {
            let out = Command::new("pg_dump").arg(&url).output().unwrap();
            assert!(out.status.success(), "pg_dump: {}", String::from_utf8_lossy(&out.stderr));
            return out.stdout;
        }
        let mut bytes = std::fs::read(self.data_dir.join("ignite.db")).unwrap();
        bytes.extend(std::fs::read(self.data_dir.join("ignite.db-wal")).unwrap_or_default());
        bytes
    }

    /// `ignite-server <args>` against this server's storage; panics unless it succeeds.
    pub fn admin(&self, args: &[&str]) -> String {
        let out = server_command(&self.data_dir).args(args).output().unwrap();
        assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    }

    pub fn new_token(&self, org: &str) -> String {
        self.token_cli(&["create", "--org", org])
    }

    pub async fn grpc(&self) -> ComputeServiceClient<Channel> {
        ComputeServiceClient::connect(format!("http://{}", self.addr)).await.unwrap()
    }

    pub async fn secrets(&self) -> SecretServiceClient<Channel> {
        SecretServiceClient::connect(format!("http://{}", self.addr)).await.unwrap()
    }

    /// An HTTP call; returns the status and the JSON body.
    pub async fn http(&self, method: &str, path: &str, token: Option<&str>, body: Option<&str>) -> (u16, Value) {
        let mut req = self.http.request(method.parse().unwrap(), format!("http://{}{path}", self.addr));
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        if let Some(b) = body {
            req = req.header("content-type", "application/json").body(b.to_string());
        }
        let resp = req.send().await.unwrap();
        let status = resp.status().as_u16();
        let text = resp.text().await.unwrap();
        let json = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{method} {path}: {e}: {text:?}"));
        (status, json)
    }

    /// An authenticated HTTP call with the dev token.
    pub async fn call(&self, method: &str, path: &str, body: Option<&str>) -> (u16, Value) {
        self.http(method, path, Some(&self.token.clone()), body).await
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.kill();
    }
}

/// A gRPC request carrying `token`.
pub fn authed<T>(msg: T, token: &str) -> tonic::Request<T> {
    let mut req = tonic::Request::new(msg);
    req.metadata_mut().insert("authorization", format!("Bearer {token}").parse().unwrap());
    req
}

pub fn b64(bytes: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

pub fn unb64(text: &str) -> Vec<u8> {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.decode(text).unwrap()
}

/// A .tar.gz of `files` (path, contents).
pub fn tar_gz(files: &[(&str, &str)]) -> Vec<u8> {
    let mut tar = tar::Builder::new(flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast()));
    for (path, contents) in files {
        let mut header = tar::Header::new_gnu();
        header.set_size(contents.len() as u64);
        header.set_mode(0o644);
        header.set_cksum();
        tar.append_data(&mut header, path, contents.as_bytes()).unwrap();
    }
    tar.into_inner().unwrap().finish().unwrap()
}

/// Polls an execution until it ends.
pub async fn wait_terminal(s: &Server, id: &str) -> Value {
    for _ in 0..600 {
        let (status, body) = s.call("GET", &format!("/v1/ignite/executions/{id}"), None).await;
        assert_eq!(status, 200, "{body}");
        let st = body["execution"]["status"].as_str().unwrap_or_default().to_string();
        if !st.ends_with("PENDING") && !st.ends_with("RUNNING") {
            return body["execution"].clone();
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("execution {id} never finished");
}

/// Creates `app` in `org` with `config` (CreateApp fields), saves `draft` and publishes it;
/// returns the publish answer (status, body).
pub async fn deploy(s: &Server, token: &str, org: &str, app: &str, config: Value, draft: &str) -> (u16, Value) {
    let mut create = config;
    create["name"] = Value::String(app.to_string());
    let (status, body) = s.http("POST", &format!("/v1/ignite/app/{org}"), Some(token), Some(&create.to_string())).await;
    assert_eq!(status, 200, "create {org}/{app}: {body}");
    let (status, body) = s.http("POST", &format!("/v1/ignite/app/{org}/{app}/draft"), Some(token), Some(draft)).await;
    if status != 200 {
        return (status, body);
    }
    s.http("POST", &format!("/v1/ignite/app/{org}/{app}/draft/publish"), Some(token), Some("{}")).await
}

/// Invokes `org/app` over HTTP with `payload`: (status of the head, the body as text, the
/// trailer).
pub async fn invoke_text(s: &Server, token: &str, org: &str, app: &str, payload: &[u8]) -> (u64, String, Value) {
    invoke_path(s, token, org, app, "/", payload).await
}

/// [`invoke_text`] of `POST path`.
pub async fn invoke_path(
    s: &Server,
    token: &str,
    org: &str,
    app: &str,
    path: &str,
    payload: &[u8],
) -> (u64, String, Value) {
    let request = serde_json::json!({"http": {"method": "POST", "path": path}, "body": b64(payload)}).to_string();
    let resp = s
        .http
        .post(format!("http://{}/v1/ignite/app/{org}/{app}/invoke", s.addr))
        .bearer_auth(token)
        .body(request)
        .send()
        .await
        .unwrap();
    let text = resp.text().await.unwrap();
    let frames: Vec<Value> = text.lines().filter_map(|l| serde_json::from_str(l).ok()).collect();
    let status = frames.iter().find_map(|f| f["head"]["statusCode"].as_u64()).unwrap_or(0);
    let body: Vec<u8> = frames.iter().filter_map(|f| f["chunk"].as_str()).flat_map(unb64).collect();
    let trailer =
        frames.iter().find(|f| f.get("trailer").is_some()).cloned().unwrap_or(serde_json::json!({"raw": text}));
    (status, String::from_utf8_lossy(&body).into_owned(), trailer)
}

/// A SaveDraft body with Python source.
pub fn python_draft(source: &str) -> String {
    serde_json::json!({"code": {"compile": {"runtime": {"python": {}}, "sourceCode": b64(source.as_bytes())}}})
        .to_string()
}
