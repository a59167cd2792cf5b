//! `cargo xtask bench peers`: Ignite next to what a user would run instead, on the same
//! guests and the same load generator (wrk on loopback, bounded time), in one run.
//!
//! - The light wasi:http guest (C, `scripts/http-guest.sh`): Ignite host-routed against
//!   `wasmtime serve -O pooling-allocator=y` (wasmtime-cli 48.0.8) at 1, 16 and 256
//!   connections.
//! - The Python hello: Ignite host-routed at the default tier against the same handler
//!   behind gunicorn (one worker, no sandbox) at 1 and 16 connections.
//! - Cold starts after scale-to-zero (an app idle for its `idleTimeoutSecs` has no
//!   replica left; the next call starts one), wasm and Python.
//! - The cost of many apps: 1, 100 and 1,000 published copies of the light guest, the
//!   memory per idle and per warm app, and throughput with calls spread over all of them.
//!
//! The xtask installs the tools and builds the guest, then passes their paths in
//! IGNITE_BENCH_GUEST, IGNITE_BENCH_WASMTIME and IGNITE_BENCH_GUNICORN. The table is
//! printed and written to docs/benchmarks.md (between the `peers` markers) with the
//! date and commit. Targets are reported, never asserted. IGNITE_BENCH_CASES (some of
//! `light,python,cold,many`) runs only those cases and leaves the docs alone.

mod support;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use support::{HELLO_PY, HELLO_WAT, Load, Wrk, fmt, free_port, publish, rss_bytes};

const SECONDS: u32 = 5;

/// A row of the side-by-side table: ours against the peer on one case.
struct Pair {
    case: String,
    ours: Load,
    peer_name: &'static str,
    peer: Load,
}

struct Row {
    case: String,
    value: String,
}

fn env_path(name: &str) -> anyhow::Result<PathBuf> {
    let path = PathBuf::from(
        std::env::var(name).map_err(|_| anyhow::anyhow!("{name} is not set: run `cargo xtask bench peers`"))?,
    );
    anyhow::ensure!(path.exists(), "{name}={} does not exist", path.display());
    Ok(path)
}

/// Starts `cmd` and waits until `url` answers.
async fn start_peer(http: &reqwest::Client, mut cmd: Command, url: &str) -> anyhow::Result<Child> {
    let mut child = cmd.stdout(Stdio::null()).stderr(Stdio::null()).spawn()?;
    for _ in 0..600 {
        if http.get(url).send().await.is_ok() {
            return Ok(child);
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let _ = child.kill();
    anyhow::bail!("{cmd:?} did not answer on {url}")
}

fn stop(mut child: Child) {
    let _ = child.kill();
    let _ = child.wait();
}

/// A wrk script spreading calls over the hosts of `apps` apps named `{prefix}{i}`.
fn rotating_hosts_lua(prefix: &str, apps: usize) -> String {
    format!(
        "local i = 0\nrequest = function()\n  i = i % {apps} + 1\n  \
         wrk.headers[\"Host\"] = \"{prefix}\" .. i .. \"-bench.localhost\"\n  return wrk.format(nil)\nend\n"
    )
}

/// The time of one whole HTTP call to `app`.
async fn timed_call(http: &reqwest::Client, base: &str, auth: &str, app: &str) -> Duration {
    let started = Instant::now();
    let resp = http
        .get(format!("{base}/"))
        .header("host", format!("{app}-bench.localhost"))
        .header("authorization", auth)
        .send()
        .await
        .unwrap();
    assert!(resp.status().is_success(), "{app}: {}", resp.status());
    resp.bytes().await.unwrap();
    started.elapsed()
}

/// The time of one call to `app` after its replicas scaled to zero, `rounds` times.
async fn cold_starts(http: &reqwest::Client, base: &str, auth: &str, app: &str, rounds: usize) -> Vec<Duration> {
    let mut times = Vec::new();
    for _ in 0..rounds {
        // Idle past the app's idleTimeoutSecs: wait until no replica is left.
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let replicas: Value = http
                .get(format!("{base}/v1/ignite/app/bench/{app}/replicas"))
                .header("authorization", auth)
                .send()
                .await
                .unwrap()
                .json()
                .await
                .unwrap();
            if replicas["replicas"].as_array().is_none_or(Vec::is_empty) {
                break;
            }
            assert!(Instant::now() < deadline, "{app} never scaled to zero: {replicas}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        times.push(timed_call(http, base, auth, app).await);
    }
    times.sort();
    times
}

fn median(times: &[Duration]) -> Duration {
    times[times.len() / 2]
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let guest_path = env_path("IGNITE_BENCH_GUEST")?;
    let wasmtime = env_path("IGNITE_BENCH_WASMTIME")?;
    let gunicorn = env_path("IGNITE_BENCH_GUNICORN")?;
    let guest = std::fs::read(&guest_path)?;
    let work = tempfile::tempdir()?;
    let local = support::local_server(&work.path().join("data")).await?;
    let (base, token) = (local.url, local.token);
    let http = reqwest::Client::new();
    let auth = format!("Bearer {token}");
    let url = format!("{base}/");
    let wrk = |url: &str, headers: &[(&str, &str)], lua: Option<String>, connections: u32| {
        Wrk { url, headers, lua, connections, seconds: SECONDS }.run(work.path())
    };

    publish(&http, &base, &token, "light", json!({}), json!({"wasm": {}}), &guest).await;
    publish(&http, &base, &token, "hello-wasm", json!({}), json!({"wasm": {}}), HELLO_WAT.as_bytes()).await;
    publish(&http, &base, &token, "hello-py", json!({}), json!({"python": {}}), HELLO_PY.as_bytes()).await;
    for app in ["light", "hello-wasm", "hello-py"] {
        let resp = http
            .get(&url)
            .header("host", format!("{app}-bench.localhost"))
            .header("authorization", &auth)
            .send()
            .await?;
        anyhow::ensure!(resp.status().is_success(), "{app} answers {}: {}", resp.status(), resp.text().await?);
    }
    // IGNITE_BENCH_CASES (comma-separated: light, python, cold, many) runs only those.
    let cases = std::env::var("IGNITE_BENCH_CASES").unwrap_or_default();
    let case = |name: &str| cases.is_empty() || cases.split(',').any(|c| c.trim() == name);
    let light_host = [("Host", "light-bench.localhost"), ("Authorization", auth.as_str())];
    let mut pairs: Vec<Pair> = Vec::new();
    let mut rows: Vec<Row> = Vec::new();

    if case("light") {
        // The light guest: Ignite against wasmtime serve.
        let serve_port = free_port();
        let serve_url = format!("http://127.0.0.1:{serve_port}/");
        let mut serve = Command::new(&wasmtime);
        serve
            .args(["serve", "-O", "pooling-allocator=y", "--addr", &format!("127.0.0.1:{serve_port}")])
            .arg(&guest_path);
        let serve = start_peer(&http, serve, &serve_url).await?;
        for connections in [1, 16, 256] {
            let ours = wrk(&url, &light_host, None, connections);
            let peer = wrk(&serve_url, &[], None, connections);
            pairs.push(Pair {
                case: format!("light wasi:http guest, {connections} conn."),
                ours,
                peer_name: "wasmtime serve",
                peer,
            });
        }
        stop(serve);

        // The wasm command guest, host-routed (the latency target's path).
        let command_host = [("Host", "hello-wasm-bench.localhost"), ("Authorization", auth.as_str())];
        let command = wrk(&url, &command_host, None, 1);
        rows.push(Row {
            case: "host-routed wasm command guest, 1 conn.: p50 / p99 / req/s".into(),
            value: format!("{} / {} / {:.0}", fmt(command.p50), fmt(command.p99), command.rps),
        });
    }
    if case("python") {
        // Python: Ignite at the default tier against gunicorn with one worker.
        let floor = work.path().join("floor");
        std::fs::create_dir_all(&floor)?;
        std::fs::write(floor.join("handler.py"), HELLO_PY)?;
        std::fs::write(
            floor.join("wsgi.py"),
            "from handler import handler\n\n\
         def app(environ, start_response):\n    \
             size = int(environ.get('CONTENT_LENGTH') or 0)\n    \
             out = handler(environ['wsgi.input'].read(size) if size else b'', {})\n    \
             out = out.encode() if isinstance(out, str) else out\n    \
             start_response('200 OK', [('Content-Type', 'application/octet-stream'), ('Content-Length', str(len(out)))])\n    \
             return [out]\n",
        )?;
        let gunicorn_port = free_port();
        let gunicorn_url = format!("http://127.0.0.1:{gunicorn_port}/");
        let mut g = Command::new(&gunicorn);
        g.current_dir(&floor).args([
            "-w",
            "1",
            "-k",
            "gthread",
            "--threads",
            "16",
            "--keep-alive",
            "75",
            "-b",
            &format!("127.0.0.1:{gunicorn_port}"),
            "wsgi:app",
        ]);
        let g = start_peer(&http, g, &gunicorn_url).await?;
        let py_host = [("Host", "hello-py-bench.localhost"), ("Authorization", auth.as_str())];
        for connections in [1, 16] {
            let ours = wrk(&url, &py_host, None, connections);
            let peer = wrk(&gunicorn_url, &[], None, connections);
            pairs.push(Pair {
                case: format!("Python hello, default tier, {connections} conn."),
                ours,
                peer_name: "gunicorn (1 worker)",
                peer,
            });
        }
        stop(g);
    }
    if case("cold") {
        // Cold starts after scale-to-zero.
        let idle = json!({"scaling": {"idleTimeoutSecs": 1}});
        publish(&http, &base, &token, "cold-wasm", idle.clone(), json!({"wasm": {}}), &guest).await;
        publish(&http, &base, &token, "cold-py", idle, json!({"python": {}}), HELLO_PY.as_bytes()).await;
        for (app, what) in [("cold-wasm", "light wasi:http guest"), ("cold-py", "Python hello")] {
            // The first call loads the version (for Python, starts its zygote).
            let first = timed_call(&http, &base, &auth, app).await;
            rows.push(Row { case: format!("first call after publish, {what}"), value: fmt(first) });
            let times = cold_starts(&http, &base, &auth, app, 8).await;
            rows.push(Row {
                case: format!("cold start after scale-to-zero, {what} (whole HTTP call): p50 / max"),
                value: format!("{} / {}", fmt(median(&times)), fmt(*times.last().unwrap())),
            });
        }
    }
    if case("many") {
        // Many apps: memory per app and throughput spread over all of them.
        let mut published = 0;
        for apps in [1usize, 100, 1000] {
            let before = rss_bytes();
            let started = Instant::now();
            for i in published..apps {
                publish(&http, &base, &token, &format!("many{}", i + 1), json!({}), json!({"wasm": {}}), &guest).await;
            }
            let publish_time = started.elapsed();
            let idle_rss = rss_bytes();
            for i in published..apps {
                let resp = http
                    .get(&url)
                    .header("host", format!("many{}-bench.localhost", i + 1))
                    .header("authorization", &auth)
                    .send()
                    .await?;
                anyhow::ensure!(resp.status().is_success(), "many{} answers {}", i + 1, resp.status());
            }
            let warm_rss = rss_bytes();
            let added = (apps - published).max(1) as f64;
            published = apps;
            let load = wrk(&url, &[("Authorization", auth.as_str())], Some(rotating_hosts_lua("many", apps)), 16);
            rows.push(Row {
                case: format!("{apps} apps: 16 conn. over all of them: p50 / p99 / req/s"),
                value: format!("{} / {} / {:.0}", fmt(load.p50), fmt(load.p99), load.rps),
            });
            rows.push(Row {
                case: format!("{apps} apps: memory per idle app / per warm app (RSS), publish time per app"),
                value: format!(
                    "{:.0} KiB / {:.0} KiB, {}",
                    idle_rss.saturating_sub(before) as f64 / added / 1024.0,
                    warm_rss.saturating_sub(idle_rss) as f64 / added / 1024.0,
                    fmt(publish_time.div_f64(added))
                ),
            });
            anyhow::ensure!(load.errors.is_empty(), "{apps} apps: {}", load.errors);
        }
    }
    let mut table = String::new();
    table.push_str("| case | ours p50 | ours p99 | ours req/s | peer | peer p50 | peer p99 | peer req/s | req/s ours / peer | p50 ours / peer |\n");
    table.push_str("|---|---:|---:|---:|---|---:|---:|---:|---:|---:|\n");
    for p in &pairs {
        table.push_str(&format!(
            "| {} | {} | {} | {:.0} | {} | {} | {} | {:.0} | {:.2}× | {:.2}× |\n",
            p.case,
            fmt(p.ours.p50),
            fmt(p.ours.p99),
            p.ours.rps,
            p.peer_name,
            fmt(p.peer.p50),
            fmt(p.peer.p99),
            p.peer.rps,
            p.ours.rps / p.peer.rps.max(1.0),
            p.ours.p50.as_secs_f64() / p.peer.p50.as_secs_f64().max(1e-9),
        ));
    }
    table.push_str("\n| case | measured |\n|---|---:|\n");
    for r in &rows {
        table.push_str(&format!("| {} | {} |\n", r.case, r.value));
    }
    println!("\npeers benchmark (wrk, {SECONDS} s per case, loopback)\n\n{table}");
    let failed: Vec<String> = pairs
        .iter()
        .flat_map(|p| [(&p.ours, "ours"), (&p.peer, p.peer_name)].map(|(l, who)| (l, who, &p.case)))
        .filter(|(l, _, _)| !l.errors.is_empty())
        .map(|(l, who, case)| format!("{case} ({who}): {}", l.errors))
        .collect();
    anyhow::ensure!(
        failed.is_empty(),
        "these cases were answered with errors, so their figures are not valid: {failed:?}"
    );
    // A partial run prints its cases; only a whole one replaces the published table.
    if cases.is_empty() {
        write_docs(&support::workspace_root(), &table)?;
    }
    Ok(())
}

/// Replaces the section between the `peers` markers of docs/benchmarks.md.
fn write_docs(root: &Path, table: &str) -> anyhow::Result<()> {
    const BEGIN: &str = "<!-- peers:begin (written by `cargo xtask bench peers`) -->";
    const END: &str = "<!-- peers:end -->";
    let path = root.join("docs/benchmarks.md");
    let text = std::fs::read_to_string(&path)?;
    let (Some(begin), Some(end)) = (text.find(BEGIN), text.find(END)) else {
        anyhow::bail!("docs/benchmarks.md lacks the markers {BEGIN} … {END}");
    };
    let commit = std::env::var("IGNITE_BENCH_COMMIT").unwrap_or_else(|_| "unknown".into());
    let date = std::env::var("IGNITE_BENCH_DATE").unwrap_or_else(|_| "unknown".into());
    let section = format!("{BEGIN}\n{date}, commit `{commit}`, wrk {SECONDS} s per case:\n\n{table}");
    std::fs::write(&path, format!("{}{section}{}", &text[..begin], &text[end..]))?;
    println!("written to {}", path.display());
    Ok(())
}
