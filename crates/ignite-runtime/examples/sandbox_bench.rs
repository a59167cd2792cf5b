//! `cargo xtask bench sandbox`: what tenant containment costs, measured in one run
//! against the isolation it replaced ([`Sandbox::unhardened`]: namespaces and cgroups,
//! no seccomp profile, the host's whole `/etc`, a writable root, the host's network for
//! network-enabled apps).
//!
//! * a bare sandbox start (`/bin/true`), with no network and with the network of a
//!   network-enabled app (user-mode networking with its packet filter, vs the host's);
//! * a Python app's cold start from zero (the zygote: sandbox, interpreter, import of
//!   the handler, then the first worker and call), isolated and network-enabled;
//! * a Python replica's cold start from a running zygote (a fork), and warm invoke
//!   (every system call of the worker now passes the seccomp filter).

#[path = "support/mod.rs"]
mod support;

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use ignite_core::resources::ResourceLimits;
use ignite_core::runtime::{Runtime, RuntimeKind, VersionSpec};
use ignite_runtime::python::{PythonConfig, PythonRuntime};
use ignite_runtime::sandbox::{Network, Sandbox, SandboxSpec};
use support::{fmt, invoke, starts_and_warm_calls, stats};

fn spec(code: &str, network: bool) -> VersionSpec {
    let limits = ResourceLimits { memory_mb: 256, cpu_millicores: 2000, timeout_secs: 10 };
    support::spec(RuntimeKind::Python, code.as_bytes(), limits, network)
}

/// Starts `/bin/true` in the sandbox `n` times.
async fn bare_starts(sandbox: &Sandbox, network: Network, dir: &Path, n: usize) -> Vec<Duration> {
    let spec = SandboxSpec { app_dir: dir.to_path_buf(), network, ..Default::default() };
    let mut samples = Vec::with_capacity(n);
    for _ in 0..n {
        let started = Instant::now();
        let mut process = sandbox.command(&spec, Path::new("/bin/true"), &[]).spawn().await.expect("spawn");
        assert!(process.child.wait().await.unwrap().success());
        samples.push(started.elapsed());
    }
    samples
}

/// What one configuration measures.
struct Measured {
    bare: Vec<Duration>,
    bare_network: Vec<Duration>,
    zygote: Vec<Duration>,
    zygote_network: Vec<Duration>,
    fork: Vec<Duration>,
    warm: Vec<Duration>,
}

async fn measure(sandbox: Sandbox, work: &Path, iterations: usize) -> Measured {
    let sandbox = Arc::new(sandbox);
    let app = work.join("app");
    std::fs::create_dir_all(&app).unwrap();
    let bare = bare_starts(&sandbox, Network::Isolated, &app, 30).await;
    let bare_network = bare_starts(&sandbox, Network::app(true, &[]).unwrap(), &app, 30).await;
    let python = PythonRuntime::new(PythonConfig::new(work.join("python"), sandbox.clone())).await.unwrap();
    let cold = |network: bool| {
        let python = &python;
        async move {
            let mut samples = Vec::new();
            for i in 0..10 {
                // New code each time: a new version, so a new zygote.
                let code = format!("def handler(payload, ctx):\n    return b'hello'\n# {i} {network}\n");
                let loaded = python.load(spec(&code, network)).await.unwrap();
                let started = Instant::now();
                let instance = loaded.start_instance("bench-0").await.unwrap();
                invoke(&instance, 0).await;
                samples.push(started.elapsed());
                instance.stop().await;
            }
            samples
        }
    };
    let zygote = cold(false).await;
    let zygote_network = cold(true).await;
    let loaded = python.load(spec("def handler(payload, ctx):\n    return b'hello'\n", false)).await.unwrap();
    let (fork, warm) = starts_and_warm_calls(&loaded, iterations).await;
    Measured { bare, bare_network, zygote, zygote_network, fork, warm }
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let iterations: usize = std::env::var("BENCH_ITERATIONS").ok().and_then(|v| v.parse().ok()).unwrap_or(2000);
    let sandbox = Sandbox::detect().require(false).expect("the sandbox");
    let (before_dir, after_dir) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let before = measure(sandbox.clone().unhardened(), before_dir.path(), iterations).await;
    let after = measure(sandbox.clone(), after_dir.path(), iterations).await;
    println!("\nsandbox cost ({iterations} warm iterations; now: {})\n", sandbox.report());
    println!("| case | before p50 | after p50 | after / before | before p99 | after p99 |");
    println!("|---|---:|---:|---:|---:|---:|");
    let rows: [(&str, &Vec<Duration>, &Vec<Duration>); 6] = [
        ("bare sandbox start, no network", &before.bare, &after.bare),
        ("bare sandbox start, network (host → user-mode + filter)", &before.bare_network, &after.bare_network),
        ("python cold start from zero (zygote + first call)", &before.zygote, &after.zygote),
        ("python cold start from zero, network-enabled", &before.zygote_network, &after.zygote_network),
        ("python replica cold start (zygote fork)", &before.fork, &after.fork),
        ("python warm invoke", &before.warm, &after.warm),
    ];
    for (name, b, a) in rows {
        let (b, a) = (stats(b.clone()), stats(a.clone()));
        println!(
            "| {name} | {} | {} | {:.2}× | {} | {} |",
            fmt(b.p50),
            fmt(a.p50),
            a.p50.as_secs_f64() / b.p50.as_secs_f64(),
            fmt(b.p99),
            fmt(a.p99)
        );
    }
}
