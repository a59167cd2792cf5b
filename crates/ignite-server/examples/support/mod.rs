//! What the server benchmarks share: an in-process server without rate limits, app
//! publishing over the public HTTP API, `wrk` runs on loopback and their figures, and
//! formatting. Included by each benchmark with `mod support;` (not an example itself).

#![allow(dead_code)]

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde_json::{Value, json};

/// The allocator of the `ignite-server` binary, so the in-process server measures as
/// the binary runs.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The hello guest of the wasm command runtime (WASI preview 1, prints one line); the
/// runtime's benchmarks use the same file.
pub const HELLO_WAT: &str = include_str!("../../../ignite-runtime/examples/support/hello.wat");

/// The Python hello: the same handler runs behind the plain-server floor.
pub const HELLO_PY: &str = include_str!("../../../ignite-runtime/examples/support/hello.py");

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// The workspace root (examples run from the package directory).
pub fn workspace_root() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap()
}

/// An ignite-server in this process on `data`, its organization `bench` without rate
/// limits (as an operator would set with `ignite-server org set-quota`), or wrk would
/// measure 429s.
pub async fn local_server(data: &Path) -> anyhow::Result<ignite_server::server::LocalServer> {
    let storage = ignite_server::server::open_storage(data, &Default::default()).await?;
    let quota = ignite_server::auth::quotas::Quota {
        requests_per_second: 10_000_000,
        max_executions_per_minute: u32::MAX,
        max_apps: u32::MAX,
        ..Default::default()
    };
    storage.store.set_quota("bench", &serde_json::to_string(&quota)?).await?;
    drop(storage);
    Ok(ignite_server::server::spawn_local(data, "bench").await?)
}

/// Creates `app` in organization `bench` with `config` (merged over a default of 16
/// concurrent calls), saves `code` as its draft for `runtime` and publishes it.
pub async fn publish(
    http: &reqwest::Client,
    base: &str,
    token: &str,
    app: &str,
    config: Value,
    runtime: Value,
    code: &[u8],
) {
    let mut create = json!({"name": app, "maxConcurrency": 16});
    if let (Some(create), Some(extra)) = (create.as_object_mut(), config.as_object()) {
        create.extend(extra.clone());
    }
    let post = |path: String, body: String| http.post(format!("{base}{path}")).bearer_auth(token).body(body).send();
    let created = post("/v1/ignite/app/bench".into(), create.to_string()).await.unwrap();
    assert!(created.status().is_success(), "{}", created.text().await.unwrap());
    let draft = json!({"code": {"compile": {"runtime": runtime, "sourceCode": STANDARD.encode(code)}}}).to_string();
    let saved = post(format!("/v1/ignite/app/bench/{app}/draft"), draft).await.unwrap();
    assert!(saved.status().is_success(), "{}", saved.text().await.unwrap());
    let published = post(format!("/v1/ignite/app/bench/{app}/draft/publish"), "{}".into()).await.unwrap();
    assert!(published.status().is_success(), "{}", published.text().await.unwrap());
}

/// What one wrk run measured.
pub struct Load {
    pub p50: Duration,
    pub p99: Duration,
    pub rps: f64,
    /// wrk's non-2xx and socket error lines: a run with any measured errors, not calls.
    pub errors: String,
}

fn parse_duration(text: &str) -> Duration {
    let (num, unit) = text.split_at(text.find(|c: char| c.is_ascii_alphabetic()).unwrap_or(text.len()));
    let v: f64 = num.trim().parse().unwrap_or(0.0);
    Duration::from_secs_f64(match unit {
        "us" => v / 1e6,
        "ms" => v / 1e3,
        "s" => v,
        "m" => v * 60.0,
        _ => v / 1e6,
    })
}

/// One wrk run: `seconds` against `url` over `connections` connections (1 measures
/// latency; more measure throughput) with `headers`, and `lua` as its script when given
/// (a POST body, or a Host header rotating over many apps).
pub struct Wrk<'a> {
    pub url: &'a str,
    pub headers: &'a [(&'a str, &'a str)],
    pub lua: Option<String>,
    pub connections: u32,
    pub seconds: u32,
}

impl Wrk<'_> {
    pub fn run(&self, work: &Path) -> Load {
        let mut cmd = Command::new("wrk");
        let threads = self.connections.min(2);
        cmd.args([
            &format!("-t{threads}"),
            &format!("-c{}", self.connections),
            &format!("-d{}s", self.seconds),
            "--timeout",
            "10s",
            "--latency",
        ]);
        for (k, v) in self.headers {
            cmd.arg("-H").arg(format!("{k}: {v}"));
        }
        if let Some(lua) = &self.lua {
            let script = work.join(format!("script-{}.lua", free_port()));
            std::fs::write(&script, lua).unwrap();
            cmd.arg("-s").arg(&script);
        }
        let out = cmd.arg(self.url).output().expect("wrk runs (apt-get install wrk)");
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        let field = |prefix: &str| {
            text.lines().find_map(|l| l.trim().strip_prefix(prefix).map(|r| r.trim().to_string())).unwrap_or_default()
        };
        let errors = text
            .lines()
            .filter(|l| l.contains("Non-2xx") || l.contains("Socket errors"))
            .map(str::trim)
            .collect::<Vec<_>>()
            .join("; ");
        Load {
            p50: parse_duration(&field("50%")),
            p99: parse_duration(&field("99%")),
            rps: field("Requests/sec:").parse().unwrap_or(0.0),
            errors,
        }
    }
}

/// A wrk script POSTing `body`.
pub fn post_lua(body: &str) -> String {
    format!("wrk.method = \"POST\"\nwrk.body = [[{body}]]\n")
}

pub fn fmt(d: Duration) -> String {
    if d < Duration::from_millis(1) {
        format!("{:.0} µs", d.as_secs_f64() * 1e6)
    } else {
        format!("{:.2} ms", d.as_secs_f64() * 1e3)
    }
}

/// The resident memory of this process (the in-process server's included).
pub fn rss_bytes() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        .map_or(0, |kb| kb * 1024)
}
