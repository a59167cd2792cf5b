//! The instance pool over the wasm runtime: scale up, queue, overload, scale to zero.

use std::sync::Arc;
use std::time::Duration;

use ignite_core::runtime::{EventKind, Runtime, RuntimeError, RuntimeKind};
use ignite_runtime::pool::{InstancePool, PoolConfig};
use ignite_runtime::wasm::{WasmConfig, WasmRuntime};

use crate::support::{Recorder, collect, invocation, spec};

fn guest(name: &str) -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/all/guests");
    let prelude = std::fs::read_to_string(format!("{dir}/prelude.wat")).unwrap();
    std::fs::read_to_string(format!("{dir}/{name}.wat")).unwrap().replace(";;PRELUDE", &prelude)
}

async fn pool(
    cache: &std::path::Path,
    name: &str,
    config: PoolConfig,
) -> (Arc<InstancePool>, Arc<Recorder>, WasmRuntime) {
    let mut wasm = WasmConfig::new(cache);
    wasm.pool_instances = 32;
    wasm.max_memory_bytes = 512 << 20;
    let rt = WasmRuntime::new(wasm).unwrap();
    let recorder = Arc::new(Recorder::default());
    let loaded = rt.load(spec(RuntimeKind::Wasm, guest(name), recorder.clone())).await.unwrap();
    (InstancePool::new(loaded, "hello-v1", config, recorder.clone()), recorder, rt)
}

#[tokio::test]
async fn load_scales_replicas_up_to_the_maximum_and_queues_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let config = PoolConfig { max_concurrency: 1, max_replicas: 3, ..PoolConfig::default() };
    let (pool, rec, _rt) = pool(dir.path(), "stream", config).await;
    // Five slow calls at once: three replicas, two calls wait and then run.
    let calls = (0..5).map(|i| {
        let pool = pool.clone();
        async move {
            let r = pool.invoke(invocation(&format!("e{i}"), "")).await.unwrap();
            let id = r.replica_id.clone();
            (id, collect(r.response).await.unwrap())
        }
    });
    let results = futures::future::join_all(calls).await;
    for (_, body) in &results {
        assert_eq!(body, &b"chunk\n".repeat(5));
    }
    let mut used: Vec<_> = results.iter().map(|(id, _)| id.clone()).collect();
    used.sort();
    used.dedup();
    assert_eq!(used, ["hello-v1-1", "hello-v1-2", "hello-v1-3"]);
    assert_eq!(pool.replicas().len(), 3);
    let kinds = rec.event_kinds();
    assert_eq!(kinds.iter().filter(|k| **k == EventKind::ScaledUp).count(), 2, "{kinds:?}");
    assert_eq!(kinds.iter().filter(|k| **k == EventKind::Woken).count(), 1, "{kinds:?}");
}

#[tokio::test]
async fn a_full_queue_fails_fast_with_overloaded() {
    let dir = tempfile::tempdir().unwrap();
    let config = PoolConfig { max_concurrency: 1, max_replicas: 1, queue_limit: 0, ..PoolConfig::default() };
    let (pool, _rec, _rt) = pool(dir.path(), "stream", config).await;
    let busy = pool.invoke(invocation("e1", "")).await.unwrap();
    let err = pool.invoke(invocation("e2", "")).await.err().unwrap();
    assert!(matches!(err, RuntimeError::Overloaded(_)), "{err:?}");
    assert_eq!(ignite_core::Error::from(err).code(), ignite_core::Code::ResourceExhausted);
    // Once the first call's body is consumed, capacity returns.
    collect(busy.response).await.unwrap();
    let again = pool.invoke(invocation("e3", "")).await.unwrap();
    assert!(!again.cold_start, "the warm replica serves it");
}

#[tokio::test]
async fn idle_pools_scale_to_zero_and_the_next_call_cold_starts() {
    let dir = tempfile::tempdir().unwrap();
    let config = PoolConfig { idle_timeout: Duration::from_millis(200), ..PoolConfig::default() };
    let (pool, rec, _rt) = pool(dir.path(), "echo", config).await;
    let first = pool.invoke(invocation("e1", "a")).await.unwrap();
    assert!(first.cold_start);
    collect(first.response).await.unwrap();
    let warm = pool.invoke(invocation("e2", "b")).await.unwrap();
    assert!(!warm.cold_start);
    collect(warm.response).await.unwrap();

    let deadline = std::time::Instant::now() + Duration::from_secs(5);
    while !pool.replicas().is_empty() {
        assert!(std::time::Instant::now() < deadline, "never scaled to zero");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(rec.event_kinds().contains(&EventKind::ScaledToZero));
    let next = pool.invoke(invocation("e3", "c")).await.unwrap();
    assert!(next.cold_start);
    assert_eq!(collect(next.response).await.unwrap(), b"c");
}

#[tokio::test]
async fn reserved_replicas_stay_warm() {
    let dir = tempfile::tempdir().unwrap();
    let config = PoolConfig { idle_timeout: Duration::from_millis(100), reserved: 1, ..PoolConfig::default() };
    let (pool, _rec, _rt) = pool(dir.path(), "echo", config).await;
    collect(pool.invoke(invocation("e1", "a")).await.unwrap().response).await.unwrap();
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(pool.replicas().len(), 1);
    pool.shutdown().await;
    assert!(matches!(pool.invoke(invocation("e2", "b")).await.err().unwrap(), RuntimeError::NotRunning));
}
