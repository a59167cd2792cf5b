//! `cargo xtask bench invoke`: HTTP invoke latency and throughput of ignite-server,
//! driven by `wrk` on loopback for a bounded time, next to `wasmtime serve` (48.0.8)
//! on the same wasi:http guest.
//!
//! Cases: a hello wasm command guest (host-routed and through the Invoke gateway), a
//! Python hello (host-routed), and the wasi:http component built by the runtime tests
//! (host-routed, and under `wasmtime serve`). Targets (here, never in tests):
//! host-routed warm wasm p50 ≤ 100 µs and ≥ 2× the throughput of `wasmtime serve` on
//! the same guest; Python warm p50 ≤ 500 µs.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde_json::json;

const HELLO_WAT: &str = r#"(module
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 64) "hello, world\n")
  (func (export "_start")
    (i32.store (i32.const 0) (i32.const 64))
    (i32.store (i32.const 4) (i32.const 13))
    (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 16)))))"#;

const HELLO_PY: &str = "def handler(payload, ctx):\n    return b'hello, world\\n'\n";

const SECONDS: u32 = 5;

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

struct Load {
    p50: Duration,
    p99: Duration,
    rps: f64,
    errors: String,
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

/// Runs wrk for SECONDS against `url` with `headers`, POSTing `body` when given, over
/// `connections` connections (1 measures latency; 16 measures throughput).
fn wrk(url: &str, headers: &[(&str, &str)], body: Option<&str>, work: &Path, connections: u32) -> Load {
    let mut cmd = Command::new("wrk");
    let threads = connections.min(2);
    cmd.args([&format!("-t{threads}"), &format!("-c{connections}"), &format!("-d{SECONDS}s"), "--latency"]);
    for (k, v) in headers {
        cmd.arg("-H").arg(format!("{k}: {v}"));
    }
    if let Some(body) = body {
        let script = work.join(format!("post-{}.lua", free_port()));
        std::fs::write(&script, format!("wrk.method = \"POST\"\nwrk.body = [[{body}]]\n")).unwrap();
        cmd.arg("-s").arg(&script);
    }
    let out = cmd.arg(url).output().expect("wrk runs (apt-get install wrk)");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let field = |prefix: &str| {
        text.lines().find_map(|l| l.trim().strip_prefix(prefix).map(|r| r.trim().to_string())).unwrap_or_default()
    };
    let errors =
        text.lines().filter(|l| l.contains("Non-2xx") || l.contains("Socket errors")).collect::<Vec<_>>().join("; ");
    Load {
        p50: parse_duration(&field("50%")),
        p99: parse_duration(&field("99%")),
        rps: field("Requests/sec:").parse().unwrap_or(0.0),
        errors,
    }
}

fn fmt(d: Duration) -> String {
    if d < Duration::from_millis(1) {
        format!("{:.0} µs", d.as_secs_f64() * 1e6)
    } else {
        format!("{:.2} ms", d.as_secs_f64() * 1e3)
    }
}

async fn publish(http: &reqwest::Client, base: &str, token: &str, app: &str, runtime: serde_json::Value, code: &[u8]) {
    let create = http
        .post(format!("{base}/v1/ignite/app/bench"))
        .bearer_auth(token)
        .body(json!({"name": app, "maxConcurrency": 16}).to_string())
        .send()
        .await
        .unwrap();
    assert!(create.status().is_success(), "{}", create.text().await.unwrap());
    let draft = json!({"code": {"compile": {"runtime": runtime, "sourceCode": STANDARD.encode(code)}}}).to_string();
    let saved = http
        .post(format!("{base}/v1/ignite/app/bench/{app}/draft"))
        .bearer_auth(token)
        .body(draft)
        .send()
        .await
        .unwrap();
    assert!(saved.status().is_success(), "{}", saved.text().await.unwrap());
    let published = http
        .post(format!("{base}/v1/ignite/app/bench/{app}/draft/publish"))
        .bearer_auth(token)
        .body("{}")
        .send()
        .await
        .unwrap();
    assert!(published.status().is_success(), "{}", published.text().await.unwrap());
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let work = tempfile::tempdir()?;
    let data = work.path().join("data");
    // The benchmark is its organization's only client: lift its rate limits (as an
    // operator would with `ignite-server org set-quota`), or wrk would measure 429s.
    let storage = ignite_server::server::open_storage(&data, &Default::default()).await?;
    let quota = ignite_server::auth::quotas::Quota {
        requests_per_second: 10_000_000,
        max_executions_per_minute: u32::MAX,
        ..Default::default()
    };
    storage.store.set_quota("bench", &serde_json::to_string(&quota)?).await?;
    drop(storage);
    let local = ignite_server::server::spawn_local(&data, "bench").await?;
    let (base, token) = (local.url, local.token);
    let http = reqwest::Client::new();
    let auth = format!("Bearer {token}");

    publish(&http, &base, &token, "hello-wasm", json!({"wasm": {}}), HELLO_WAT.as_bytes()).await;
    publish(&http, &base, &token, "hello-py", json!({"python": {}}), HELLO_PY.as_bytes()).await;
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let component: PathBuf = root.join("target/tmp/guests/py-http_app.wasm");
    let component_bytes = std::fs::read(&component).ok();
    if let Some(bytes) = &component_bytes {
        publish(&http, &base, &token, "hello-http", json!({"wasm": {}}), bytes).await;
    }

    let mut rows: Vec<(String, Load)> = Vec::new();
    let url = format!("{base}/");
    // Warm every pool first.
    for app in ["hello-wasm", "hello-py", "hello-http"] {
        let _ =
            http.get(&url).header("host", format!("{app}-bench.localhost")).header("authorization", &auth).send().await;
    }
    let wasm_host = [("Host", "hello-wasm-bench.localhost"), ("Authorization", auth.as_str())];
    let py_host = [("Host", "hello-py-bench.localhost"), ("Authorization", auth.as_str())];
    rows.push(("ignite host-routed: wasm command, 1 connection".into(), wrk(&url, &wasm_host, None, work.path(), 1)));
    rows.push((
        "ignite host-routed: wasm command, 16 connections".into(),
        wrk(&url, &wasm_host, None, work.path(), 16),
    ));
    rows.push((
        "ignite Invoke gateway (NDJSON): wasm command, 16 connections".into(),
        wrk(
            &format!("{base}/v1/ignite/app/bench/hello-wasm/invoke"),
            &[("Authorization", &auth), ("Content-Type", "application/json")],
            Some(r#"{"body":""}"#),
            work.path(),
            16,
        ),
    ));
    rows.push(("ignite host-routed: Python, 1 connection".into(), wrk(&url, &py_host, None, work.path(), 1)));
    rows.push(("ignite host-routed: Python, 16 connections".into(), wrk(&url, &py_host, None, work.path(), 16)));
    let wasmtime = root.join(".tools/wasmtime/bin/wasmtime");
    if component_bytes.is_some() {
        rows.push((
            "ignite host-routed: wasi:http component (Python-built)".into(),
            wrk(&url, &[("Host", "hello-http-bench.localhost"), ("Authorization", &auth)], None, work.path(), 16),
        ));
        if wasmtime.exists() {
            let serve_port = free_port();
            let mut child = Command::new(&wasmtime)
                .args(["serve", "-S", "cli", "--addr", &format!("127.0.0.1:{serve_port}")])
                .arg(&component)
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()?;
            let serve_url = format!("http://127.0.0.1:{serve_port}/");
            for _ in 0..600 {
                if http.get(&serve_url).send().await.is_ok() {
                    break;
                }
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
            rows.push(("wasmtime serve 48.0.8: same component".into(), wrk(&serve_url, &[], None, work.path(), 16)));
            let _ = child.kill();
            let _ = child.wait();
        } else {
            eprintln!(
                "(wasmtime serve skipped: install it with `cargo install --locked wasmtime-cli@48.0.8 --root .tools/wasmtime`)"
            );
        }
    } else {
        eprintln!("(no wasi:http component at {}: run the runtime tests once to build it)", component.display());
    }

    println!("\ninvoke benchmark (wrk, {SECONDS} s per case, loopback; 1 connection = latency, 16 = throughput)\n");
    println!("| case | p50 | p99 | req/s | errors |");
    println!("|---|---:|---:|---:|---|");
    for (name, load) in &rows {
        println!(
            "| {name} | {} | {} | {:.0} | {} |",
            fmt(load.p50),
            fmt(load.p99),
            load.rps,
            if load.errors.is_empty() { "-" } else { &load.errors }
        );
    }
    let find = |prefix: &str| rows.iter().find(|(n, _)| n.starts_with(prefix)).map(|(_, l)| l);
    if let (Some(ours), Some(theirs)) = (find("ignite host-routed: wasi:http"), find("wasmtime serve")) {
        // The same 18 MB CPython component on both: dominated by guest execution.
        println!("\nsame component: ignite {:.2}× the throughput of wasmtime serve", ours.rps / theirs.rps.max(1.0));
    }
    // A case answered with errors measured the errors, not the calls.
    let failed: Vec<&str> = rows.iter().filter(|(_, l)| !l.errors.is_empty()).map(|(n, _)| n.as_str()).collect();
    anyhow::ensure!(
        failed.is_empty(),
        "these cases were answered with errors, so their figures are not valid: {failed:?}"
    );
    Ok(())
}
