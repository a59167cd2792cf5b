//! `cargo xtask bench cluster`: the scale-out on loopback, next to the single-process
//! server in the same run.
//!
//! 1. The single-process server (SQLite, role all): async throughput (a batch of
//!    executions of a Python app that waits 100 ms, submitted at once, until all end)
//!    and sync throughput (wrk on the app's host for a few seconds).
//! 2. PostgreSQL (scripts/postgres.sh), 2 API servers and 1, 2, then 3 workers: the
//!    same async batch through both API servers at each size (throughput per added
//!    worker), and wrk through an API server.
//! 3. With 3 workers, a batch during which one worker is killed with SIGKILL: lost
//!    executions (not SUCCEEDED; target 0), re-run ones (attempt 2) and duplicated
//!    ones (the handler's line seen more than once on the API server's log stream: a
//!    killed worker may have run a handler whose result it never recorded).
//!
//! The server binary comes from IGNITE_SERVER_BIN (xtask builds it with this profile).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use futures::StreamExt;
use serde_json::{Value, json};

const APP: &str = "import time\n\ndef handler(payload, ctx):\n    print('ran')\n    if payload == b'wait':\n        time.sleep(0.1)\n    return b'done'\n";
const BATCH: usize = 400;
const WRK_SECONDS: u32 = 5;

struct Node {
    child: Child,
    addr: String,
}

impl Drop for Node {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn server_bin() -> PathBuf {
    PathBuf::from(
        std::env::var("IGNITE_SERVER_BIN").expect("IGNITE_SERVER_BIN (run through cargo xtask bench cluster)"),
    )
}

/// Starts a server; returns it once it listens.
fn start(data: &Path, args: &[&str], env: &[(&str, &str)]) -> Node {
    let mut child = Command::new(server_bin())
        .args(["--data-dir", data.to_str().unwrap(), "--listen", "127.0.0.1:0"])
        .args(args)
        .envs(env.iter().copied())
        .env("RUST_LOG", "error")
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("the server starts");
    let mut stdout = std::io::BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    std::io::BufRead::read_line(&mut stdout, &mut line).unwrap();
    std::thread::spawn(move || std::io::copy(&mut stdout, &mut std::io::sink()));
    let addr = line.split_whitespace().nth(3).unwrap_or_else(|| panic!("unexpected first line {line:?}")).to_string();
    Node { child, addr }
}

struct Client {
    http: reqwest::Client,
    token: String,
}

impl Client {
    async fn call(&self, node: &Node, method: &str, path: &str, body: Value) -> Value {
        let resp = self
            .http
            .request(method.parse().unwrap(), format!("http://{}{path}", node.addr))
            .bearer_auth(&self.token)
            .body(body.to_string())
            .send()
            .await
            .unwrap();
        let status = resp.status();
        let text = resp.text().await.unwrap();
        assert!(status.is_success(), "{method} {path}: {status} {text}");
        serde_json::from_str(&text).unwrap_or(Value::Null)
    }

    async fn deploy(&self, node: &Node, app: &str) {
        self.call(node, "POST", "/v1/ignite/app/bench", json!({"name": app, "scaling": {"maxReplicas": 8}})).await;
        let draft = json!({"code": {"compile": {"runtime": {"python": {}}, "sourceCode": STANDARD.encode(APP)}}});
        self.call(node, "POST", &format!("/v1/ignite/app/bench/{app}/draft"), draft).await;
        self.call(node, "POST", &format!("/v1/ignite/app/bench/{app}/draft/publish"), json!({})).await;
    }

    /// Submits `n` async executions round-robin through `via`; returns their ids.
    async fn submit(&self, via: &[&Node], app: &str, n: usize) -> Vec<String> {
        let body = json!({"body": STANDARD.encode("wait")});
        let calls = (0..n).map(|i| {
            let node = via[i % via.len()];
            let body = body.clone();
            async move {
                let started = self.call(node, "POST", &format!("/v1/ignite/app/bench/{app}/invoke-async"), body).await;
                started["executionId"].as_str().unwrap().to_string()
            }
        });
        futures::stream::iter(calls).buffered(32).collect().await
    }

    /// Waits until every execution ended; returns them.
    async fn wait_all(&self, node: &Node, ids: &[String]) -> Vec<Value> {
        let mut out = Vec::new();
        let deadline = Instant::now() + Duration::from_secs(300);
        for id in ids {
            loop {
                let e = self.call(node, "GET", &format!("/v1/ignite/executions/{id}"), Value::Null).await;
                let status = e["execution"]["status"].as_str().unwrap_or_default().to_string();
                if !status.ends_with("PENDING") && !status.ends_with("RUNNING") {
                    out.push(e["execution"].clone());
                    break;
                }
                assert!(Instant::now() < deadline, "execution {id} never ended");
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        }
        out
    }

    /// Executions a second of a batch of BATCH submitted at once.
    async fn async_throughput(&self, via: &[&Node], app: &str) -> f64 {
        let started = Instant::now();
        let ids = self.submit(via, app, BATCH).await;
        let ended = self.wait_all(via[0], &ids).await;
        let ok = ended.iter().filter(|e| e["status"] == "EXECUTION_STATUS_SUCCEEDED").count();
        assert_eq!(ok, BATCH, "every execution of the batch succeeds");
        BATCH as f64 / started.elapsed().as_secs_f64()
    }
}

/// wrk on the app's host through `node`: requests a second.
fn sync_throughput(node: &Node, token: &str, app: &str) -> f64 {
    let port = node.addr.rsplit(':').next().unwrap();
    let out = Command::new("wrk")
        .args(["-t2", "-c16", &format!("-d{WRK_SECONDS}s")])
        .args(["-H", &format!("Authorization: Bearer {token}")])
        .args(["-H", &format!("Host: {app}-bench.localhost:{port}")])
        .arg(format!("http://{}/", node.addr))
        .output()
        .expect("wrk runs (apt-get install wrk)");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(!text.contains("Non-2xx"), "wrk saw errors: {text}");
    text.lines().find_map(|l| l.trim().strip_prefix("Requests/sec:")?.trim().parse().ok()).unwrap_or(0.0)
}

fn token_of(data: &Path) -> String {
    std::fs::read_to_string(data.join("dev-token")).unwrap().trim().to_string()
}

/// Lifts the bench organization's quotas (rate limits would measure 429s).
fn lift_quotas(data: &Path, env: &[(&str, &str)]) {
    let status = Command::new(server_bin())
        .args(["--data-dir", data.to_str().unwrap(), "org", "set-quota", "--org", "bench"])
        .args(["--requests-per-second", "1000000", "--max-executions-per-minute", "10000000"])
        .envs(env.iter().copied())
        .status()
        .unwrap();
    assert!(status.success());
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let work = tempfile::tempdir()?;
    let http = reqwest::Client::new();

    // 1. One server alone.
    let alone_data = work.path().join("alone");
    lift_quotas(&alone_data, &[]);
    let alone = start(&alone_data, &["--dev-org", "bench"], &[]);
    let client = Client { http: http.clone(), token: token_of(&alone_data) };
    client.deploy(&alone, "work").await;
    let alone_async = client.async_throughput(&[&alone], "work").await;
    let alone_sync = sync_throughput(&alone, &client.token, "work");
    drop(alone);

    // 2. PostgreSQL, 2 API servers, 1..3 workers.
    let pg = work.path().join("pg");
    let out = Command::new("bash").arg(root.join("scripts/postgres.sh")).arg(&pg).output()?;
    anyhow::ensure!(out.status.success(), "postgres.sh: {}", String::from_utf8_lossy(&out.stderr));
    let database = String::from_utf8(out.stdout)?.trim().to_string();
    let stop_pg = scopeguard(|| {
        let _ = Command::new("bash").arg(root.join("scripts/postgres.sh")).arg("stop").arg(&pg).status();
    });
    let env = [("IGNITE_DATABASE", database.as_str())];
    let data = |name: &str| work.path().join(name);
    lift_quotas(&data("w1"), &env);
    let mut workers = vec![start(&data("w1"), &["--role", "worker", "--dev-org", "bench"], &env)];
    let client = Client { http, token: token_of(&data("w1")) };
    let a = start(&data("a"), &["--role", "api"], &env);
    let b = start(&data("b"), &["--role", "api"], &env);
    client.deploy(&a, "work").await;
    let mut scaling = Vec::new();
    for n in 1..=3 {
        if n > 1 {
            workers.push(start(&data(&format!("w{n}")), &["--role", "worker"], &env));
            // Placement reads the live workers at most a second old.
            tokio::time::sleep(Duration::from_secs(2)).await;
        }
        let async_rate = client.async_throughput(&[&a, &b], "work").await;
        let sync_rate = sync_throughput(&a, &client.token, "work");
        scaling.push((n, async_rate, sync_rate));
    }

    // 3. A worker killed mid-batch.
    let mut log = client
        .http
        .get(format!("http://{}/v1/ignite/app/bench/work/logs/stream", b.addr))
        .bearer_auth(&client.token)
        .send()
        .await?
        .bytes_stream();
    let runs = std::sync::Arc::new(std::sync::Mutex::new(HashMap::<String, u32>::new()));
    let counted = runs.clone();
    let counter = tokio::spawn(async move {
        let mut pending = Vec::new();
        while let Some(Ok(chunk)) = log.next().await {
            pending.extend_from_slice(&chunk);
            while let Some(end) = pending.iter().position(|b| *b == b'\n') {
                let line: Vec<u8> = pending.drain(..=end).collect();
                let Ok(v) = serde_json::from_slice::<Value>(&line) else { continue };
                let line = if v.get("result").is_some() { &v["result"] } else { &v };
                if line["line"].as_str().is_some_and(|l| l.contains("ran"))
                    && let Some(id) = line["executionId"].as_str()
                {
                    *counted.lock().unwrap().entry(id.to_string()).or_default() += 1;
                }
            }
        }
    });
    let started = Instant::now();
    // The worker dies while the batch is being submitted and run.
    let victim = workers.remove(0);
    let killer = tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(500)).await;
        drop(victim); // SIGKILL
    });
    let ids = client.submit(&[&a, &b], "work", BATCH).await;
    killer.await?;
    let ended = client.wait_all(&b, &ids).await;
    let elapsed = started.elapsed();
    tokio::time::sleep(Duration::from_secs(1)).await; // the last log lines
    counter.abort();
    let lost = ended.iter().filter(|e| e["status"] != "EXECUTION_STATUS_SUCCEEDED").count();
    let rerun = ended.iter().filter(|e| e["attempt"].as_u64().unwrap_or(0) >= 2).count();
    let runs = runs.lock().unwrap().clone();
    let duplicated = ids.iter().filter(|id| runs.get(*id).copied().unwrap_or(0) > 1).count();
    let seen = ids.iter().filter(|id| runs.contains_key(*id)).count();

    println!("bench cluster (Python app waiting 100 ms; batches of {BATCH}; wrk {WRK_SECONDS} s, 16 connections):");
    println!("  {:<34} {:>12} {:>12}", "", "async exec/s", "sync req/s");
    println!("  {:<34} {:>12.0} {:>12.0}", "one server (SQLite, role all)", alone_async, alone_sync);
    for (n, async_rate, sync_rate) in &scaling {
        println!("  {:<34} {:>12.0} {:>12.0}", format!("2 API + {n} worker(s) (PostgreSQL)"), async_rate, sync_rate);
    }
    println!(
        "  a worker SIGKILLed mid-batch: {BATCH} executions in {:.1} s: lost {lost} (target 0), re-run {rerun} \
         (attempt 2), duplicated {duplicated} (handler ran twice); {seen} seen on B's log stream",
        elapsed.as_secs_f64()
    );
    drop(stop_pg);
    if lost > 0 {
        anyhow::bail!("{lost} executions were lost");
    }
    Ok(())
}

/// Runs `f` when dropped.
fn scopeguard(f: impl FnOnce()) -> impl Drop {
    struct Guard<F: FnOnce()>(Option<F>);
    impl<F: FnOnce()> Drop for Guard<F> {
        fn drop(&mut self) {
            if let Some(f) = self.0.take() {
                f();
            }
        }
    }
    Guard(Some(f))
}
