//! `cargo xtask bench invoke`: HTTP invoke latency and throughput of ignite-server,
//! driven by `wrk` on loopback for a bounded time, next to `wasmtime serve` (48.0.8)
//! on the same wasi:http guest.
//!
//! Cases: a hello wasm command guest (host-routed and through the Invoke gateway), a
//! Python hello (host-routed), and the wasi:http component built by the runtime tests
//! (host-routed, and under `wasmtime serve`). Targets (here, never in tests):
//! host-routed warm wasm p50 ≤ 100 µs and ≥ 2× the throughput of `wasmtime serve` on
//! the same guest; Python warm p50 ≤ 500 µs.

mod support;

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::Duration;

use serde_json::json;
use support::{HELLO_PY, HELLO_WAT, Load, Wrk, fmt, free_port, post_lua, publish};

const SECONDS: u32 = 5;

fn wrk(url: &str, headers: &[(&str, &str)], lua: Option<String>, work: &std::path::Path, connections: u32) -> Load {
    Wrk { url, headers, lua, connections, seconds: SECONDS }.run(work)
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let work = tempfile::tempdir()?;
    let local = support::local_server(&work.path().join("data")).await?;
    let (base, token) = (local.url, local.token);
    let http = reqwest::Client::new();
    let auth = format!("Bearer {token}");

    publish(&http, &base, &token, "hello-wasm", json!({}), json!({"wasm": {}}), HELLO_WAT.as_bytes()).await;
    publish(&http, &base, &token, "hello-py", json!({}), json!({"python": {}}), HELLO_PY.as_bytes()).await;
    let root = support::workspace_root();
    let component: PathBuf = root.join("target/tmp/guests/py-http_app.wasm");
    let component_bytes = std::fs::read(&component).ok();
    if let Some(bytes) = &component_bytes {
        publish(&http, &base, &token, "hello-http", json!({}), json!({"wasm": {}}), bytes).await;
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
            Some(post_lua(r#"{"body":""}"#)),
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
