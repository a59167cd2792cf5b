//! `cargo xtask bench runtime`: in-process invoke latency of the runtimes, against
//! baselines measured in the same run.
//!
//! * wasm (WASI p1 "hello" module): cold (load + first call) and warm invoke, against
//!   the raw wasmtime floor: the same engine and `InstancePre`, a fresh `Store`, `_start`
//!   with in-memory stdio, no Ignite layers.
//! * wasm (wasi:http component, when built): warm invoke.
//! * Python: cold start (a fork from the zygote until the worker is ready) and warm
//!   invoke, against a plain `python -c pass` start of the same interpreter.
//!
//! Targets (checked here, never in tests): warm wasm ≤ 1.2× the floor; Python cold ≤
//! 5 ms, warm ≤ 300 µs.

#[path = "support/mod.rs"]
mod support;

use std::sync::Arc;
use std::time::Instant;

use ignite_core::resources::ResourceLimits;
use ignite_core::runtime::{Runtime, RuntimeKind};
use ignite_runtime::python::{PythonConfig, PythonRuntime};
use ignite_runtime::sandbox::Sandbox;
use ignite_runtime::wasm::{WasmConfig, WasmRuntime};
use support::{Stats, fmt, invoke, starts_and_warm_calls, stats};

/// The limits of every benchmarked version.
const LIMITS: ResourceLimits = ResourceLimits { memory_mb: 128, cpu_millicores: 1000, timeout_secs: 10 };

fn spec(kind: RuntimeKind, code: &[u8]) -> ignite_core::runtime::VersionSpec {
    support::spec(kind, code, LIMITS, false)
}

const HELLO_WAT: &str = include_str!("support/hello.wat");

const HELLO_PY: &str = include_str!("support/hello.py");

struct Row {
    name: &'static str,
    ours: Stats,
    baseline: Option<(&'static str, Stats)>,
    target: &'static str,
}

/// The raw wasmtime floor: instantiate + `_start` with in-memory stdio on an engine
/// configured like ours.
async fn wasmtime_floor(iterations: usize) -> Stats {
    use wasmtime::{Engine, Linker, Module, Store};
    let settings = WasmConfig::new(std::env::temp_dir());
    let engine = Engine::new(&ignite_runtime::wasm::engine_config(&settings)).unwrap();
    let module = Module::new(&engine, HELLO_WAT).unwrap();
    let mut linker: Linker<wasmtime_wasi::p1::WasiP1Ctx> = Linker::new(&engine);
    wasmtime_wasi::p1::add_to_linker_async(&mut linker, |s| s).unwrap();
    let pre = linker.instantiate_pre(&module).unwrap();
    let mut samples = Vec::with_capacity(iterations);
    for _ in 0..iterations {
        let started = Instant::now();
        let stdout = wasmtime_wasi::p2::pipe::MemoryOutputPipe::new(4096);
        let wasi = wasmtime_wasi::WasiCtxBuilder::new()
            .stdin(wasmtime_wasi::p2::pipe::MemoryInputPipe::new(&b"{}"[..]))
            .stdout(stdout.clone())
            .build_p1();
        let mut store = Store::new(&engine, wasi);
        store.set_epoch_deadline(u64::MAX / 2);
        let instance = pre.instantiate_async(&mut store).await.unwrap();
        let start = instance.get_typed_func::<(), ()>(&mut store, "_start").unwrap();
        start.call_async(&mut store, ()).await.unwrap();
        assert_eq!(&stdout.contents()[..], b"hello, world\n");
        samples.push(started.elapsed());
    }
    stats(samples)
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let work = tempfile::tempdir().unwrap();
    let iterations: usize = std::env::var("BENCH_ITERATIONS").ok().and_then(|v| v.parse().ok()).unwrap_or(2000);
    let mut rows = Vec::new();

    // ---- wasm p1 module
    let floor = wasmtime_floor(iterations).await;
    let wasm = WasmRuntime::new(WasmConfig::new(work.path().join("wasm-cache"))).unwrap();
    let mut cold = Vec::new();
    for i in 0..20 {
        let code = format!("{HELLO_WAT}\n;; {i}");
        let started = Instant::now();
        let loaded = wasm.load(spec(RuntimeKind::Wasm, code.as_bytes())).await.unwrap();
        let instance = loaded.start_instance("bench-1").await.unwrap();
        invoke(&instance, 0).await;
        cold.push(started.elapsed());
    }
    let loaded = wasm.load(spec(RuntimeKind::Wasm, HELLO_WAT.as_bytes())).await.unwrap();
    let instance = loaded.start_instance("bench-1").await.unwrap();
    for n in 0..100 {
        invoke(&instance, n).await;
    }
    let mut warm = Vec::with_capacity(iterations);
    for n in 0..iterations as u64 {
        warm.push(invoke(&instance, n).await);
    }
    let warm = stats(warm);
    rows.push(Row { name: "wasm p1 cold (compile + first call)", ours: stats(cold), baseline: None, target: "-" });
    rows.push(Row {
        name: "wasm p1 warm invoke",
        ours: warm.clone(),
        baseline: Some(("raw wasmtime instantiate+call", floor.clone())),
        target: "≤ 1.2× floor",
    });

    // ---- wasi:http component, when the test guests were built
    let component = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/tmp/guests/py-http_app.wasm");
    if let Ok(bytes) = std::fs::read(&component) {
        let started = Instant::now();
        let loaded = wasm.load(spec(RuntimeKind::Wasm, &bytes)).await.unwrap();
        let instance = loaded.start_instance("bench-1").await.unwrap();
        invoke(&instance, 0).await;
        let cold = stats(vec![started.elapsed()]);
        let mut warm = Vec::new();
        for n in 0..(iterations / 10).max(50) as u64 {
            warm.push(invoke(&instance, n).await);
        }
        rows.push(Row { name: "wasi:http component (Python) cold", ours: cold, baseline: None, target: "-" });
        rows.push(Row { name: "wasi:http component (Python) warm", ours: stats(warm), baseline: None, target: "-" });
    } else {
        eprintln!("(no wasi:http component at {}: run the runtime tests once to build it)", component.display());
    }

    // ---- Python
    let python =
        PythonRuntime::new(PythonConfig::new(work.path().join("python"), Arc::new(Sandbox::detect()))).await.unwrap();
    let interpreter = python.interpreter().to_path_buf();
    let mut plain = Vec::new();
    for _ in 0..20 {
        let started = Instant::now();
        let status = std::process::Command::new(&interpreter).args(["-c", "pass"]).status().unwrap();
        assert!(status.success());
        plain.push(started.elapsed());
    }
    let loaded = python.load(spec(RuntimeKind::Python, HELLO_PY.as_bytes())).await.unwrap();
    // The first start also starts the zygote; then each cold start is a fork.
    let (cold, warm) = starts_and_warm_calls(&loaded, iterations).await;
    let plain = stats(plain);
    rows.push(Row {
        name: "python cold start (zygote fork)",
        ours: stats(cold),
        baseline: Some(("python -c pass", plain.clone())),
        target: "≤ 5 ms",
    });
    rows.push(Row { name: "python warm invoke", ours: stats(warm), baseline: None, target: "≤ 300 µs" });

    println!("\nruntime benchmark ({iterations} warm iterations; sandbox: {})\n", Sandbox::detect().report());
    println!("| case | p50 | p99 | n | baseline | baseline p50 | ours / baseline | target |");
    println!("|---|---:|---:|---:|---|---:|---:|---|");
    for r in rows {
        let (bname, bp50, ratio) = match &r.baseline {
            Some((name, b)) => (*name, fmt(b.p50), format!("{:.2}×", r.ours.p50.as_secs_f64() / b.p50.as_secs_f64())),
            None => ("-", "-".into(), "-".into()),
        };
        println!(
            "| {} | {} | {} | {} | {bname} | {bp50} | {ratio} | {} |",
            r.name,
            fmt(r.ours.p50),
            fmt(r.ours.p99),
            r.ours.n,
            r.target
        );
    }
}
