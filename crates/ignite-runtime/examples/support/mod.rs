//! What the runtime benchmarks share: a quiet observer, a version spec, a call, timing
//! and formatting. Included by each benchmark with `#[path]` (not an example itself).

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use futures::StreamExt;
use ignite_core::FunctionId;
use ignite_core::resources::ResourceLimits;
use ignite_core::runtime::{
    Artifact, Body, ExecutionContext, Instance, Invocation, LoadedVersion, LogRecord, Observer, RequestHead,
    RuntimeEvent, RuntimeKind, VersionSpec,
};

pub struct Quiet;
impl Observer for Quiet {
    fn log(&self, _: LogRecord) {}
    fn event(&self, _: RuntimeEvent) {}
}

/// The version `bench/hello` of `code`.
pub fn spec(kind: RuntimeKind, code: &[u8], limits: ResourceLimits, network: bool) -> VersionSpec {
    VersionSpec {
        function: FunctionId::parse("bench/hello").unwrap(),
        version: 1,
        artifact: Artifact { kind, bytes: code.to_vec().into(), metadata: BTreeMap::new() },
        env: BTreeMap::new(),
        limits,
        max_concurrency: 1,
        network,
        egress_allow: vec![],
        ports: vec![],
        health_path: String::new(),
        observer: Arc::new(Quiet),
    }
}

pub fn call(n: u64) -> Invocation {
    Invocation {
        ctx: ExecutionContext {
            execution_id: format!("bench-{n}"),
            function: FunctionId::parse("bench/hello").unwrap(),
            organization_id: "bench".into(),
            version: 1,
            traceparent: String::new(),
        },
        head: RequestHead { method: "POST".into(), path: "/".into(), query: String::new(), headers: vec![] },
        body: Body::Full(bytes::Bytes::from_static(b"{}")),
        port: None,
        cancel: Default::default(),
    }
}

/// One call, its body read to the end: how long it took.
pub async fn invoke(instance: &Arc<dyn Instance>, n: u64) -> Duration {
    let started = Instant::now();
    let mut body = instance.invoke(call(n)).await.expect("invoke").body;
    while let Some(chunk) = body.next().await {
        chunk.expect("body");
    }
    started.elapsed()
}

#[derive(Clone)]
pub struct Stats {
    pub p50: Duration,
    pub p99: Duration,
    pub n: usize,
}

pub fn stats(mut samples: Vec<Duration>) -> Stats {
    samples.sort();
    let at = |q: f64| samples[((samples.len() as f64 * q) as usize).min(samples.len() - 1)];
    Stats { p50: at(0.50), p99: at(0.99), n: samples.len() }
}

pub fn fmt(d: Duration) -> String {
    if d < Duration::from_millis(1) {
        format!("{:.1} µs", d.as_secs_f64() * 1e6)
    } else {
        format!("{:.2} ms", d.as_secs_f64() * 1e3)
    }
}

/// Process starts of a loaded version: a first instance (which also starts what the
/// runtime shares, e.g. the Python zygote), then 30 timed starts (each stopped), then
/// `iterations` timed calls of the first instance after 100 untimed ones. Returns
/// (starts, warm calls).
pub async fn starts_and_warm_calls(
    loaded: &Arc<dyn LoadedVersion>,
    iterations: usize,
) -> (Vec<Duration>, Vec<Duration>) {
    let first = loaded.start_instance("bench-0").await.unwrap();
    let mut starts = Vec::new();
    for i in 0..30 {
        let started = Instant::now();
        let instance = loaded.start_instance(&format!("bench-{}", i + 1)).await.unwrap();
        starts.push(started.elapsed());
        instance.stop().await;
    }
    for n in 0..100 {
        invoke(&first, n).await;
    }
    let mut warm = Vec::with_capacity(iterations);
    for n in 0..iterations as u64 {
        warm.push(invoke(&first, n).await);
    }
    first.stop().await;
    (starts, warm)
}
