//! The wasm runtime with WASI preview 1 command guests written in `.wat`.

use std::sync::Arc;
use std::time::Instant;

use ignite_core::runtime::{EventKind, Instance, Runtime, RuntimeError, RuntimeKind};
use ignite_runtime::wasm::{WasmConfig, WasmRuntime};

use crate::support::{Recorder, collect, invocation, spec, timed_chunks};

/// A guest's source with the shared WASI imports and helpers spliced in.
fn guest(name: &str) -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/all/guests");
    let prelude = std::fs::read_to_string(format!("{dir}/prelude.wat")).unwrap();
    std::fs::read_to_string(format!("{dir}/{name}.wat")).unwrap().replace(";;PRELUDE", &prelude)
}

fn runtime(cache: &std::path::Path) -> WasmRuntime {
    let mut config = WasmConfig::new(cache);
    config.pool_instances = 32;
    config.max_memory_bytes = 512 << 20;
    WasmRuntime::new(config).unwrap()
}

async fn start(rt: &WasmRuntime, name: &str) -> (Arc<dyn Instance>, Arc<Recorder>) {
    let recorder = Arc::new(Recorder::default());
    let loaded = rt.load(spec(RuntimeKind::Wasm, guest(name), recorder.clone())).await.unwrap();
    let instance = loaded.start_instance("hello-r1").await.unwrap();
    instance.ready().await.unwrap();
    (instance, recorder)
}

#[tokio::test]
async fn command_guests_read_stdin_and_write_stdout() {
    let dir = tempfile::tempdir().unwrap();
    let rt = runtime(dir.path());
    let (echo, _) = start(&rt, "echo").await;
    let out = collect(echo.invoke(invocation("exec-1", "hello world")).await.unwrap()).await.unwrap();
    assert_eq!(out, b"hello world");
    let (upper, _) = start(&rt, "upper").await;
    let out = collect(upper.invoke(invocation("exec-2", "Hello, World!")).await.unwrap()).await.unwrap();
    assert_eq!(out, b"HELLO, WORLD!");
    // An empty body is an empty stdin.
    let out = collect(echo.invoke(invocation("exec-3", "")).await.unwrap()).await.unwrap();
    assert!(out.is_empty());
}

#[tokio::test]
async fn guests_see_the_app_env_and_the_execution_context() {
    let dir = tempfile::tempdir().unwrap();
    let rt = runtime(dir.path());
    let (env, _) = start(&rt, "env").await;
    let out = collect(env.invoke(invocation("exec-42", "")).await.unwrap()).await.unwrap();
    let text = String::from_utf8(out).unwrap();
    for line in [
        "GREETING=hi",
        "IGNITE_EXECUTION_ID=exec-42",
        "IGNITE_FUNCTION_ID=acme/hello",
        "IGNITE_ORGANIZATION_ID=acme",
        "IGNITE_HTTP_METHOD=POST",
        "IGNITE_HTTP_PATH=/greet",
        "IGNITE_HTTP_QUERY=x=1",
    ] {
        assert!(text.lines().any(|l| l == line), "{line} missing from {text:?}");
    }
    assert!(!text.contains("PATH=/usr"), "the host environment does not leak: {text}");
}

#[tokio::test]
async fn a_ten_mebibyte_payload_round_trips() {
    let dir = tempfile::tempdir().unwrap();
    let rt = runtime(dir.path());
    let (echo, _) = start(&rt, "echo").await;
    let payload: Vec<u8> = (0..10 * 1024 * 1024).map(|i| (i % 251) as u8).collect();
    let out = collect(echo.invoke(invocation("exec-big", payload.clone())).await.unwrap()).await.unwrap();
    assert_eq!(out.len(), payload.len());
    assert!(out == payload);
}

#[tokio::test]
async fn output_streams_while_the_guest_runs() {
    let dir = tempfile::tempdir().unwrap();
    let rt = runtime(dir.path());
    let (stream, _) = start(&rt, "stream").await;
    let started = Instant::now();
    let resp = stream.invoke(invocation("exec-s", "")).await.unwrap();
    let head_at = started.elapsed();
    let chunks = timed_chunks(resp, started).await;
    let body: Vec<u8> = chunks.iter().flat_map(|(_, c)| c.to_vec()).collect();
    assert_eq!(body, b"chunk\n".repeat(5));
    assert!(chunks.len() >= 5, "each chunk arrives on its own: {chunks:?}");
    let (first, last) = (chunks.first().unwrap().0, chunks.last().unwrap().0);
    assert!(last - first >= std::time::Duration::from_millis(700), "spread over the guest's sleeps: {chunks:?}");
    assert!(head_at < last, "the head comes before the guest finishes");
}

#[tokio::test]
async fn faults_are_contained_and_reported() {
    let dir = tempfile::tempdir().unwrap();
    let rt = runtime(dir.path());
    let (echo, _) = start(&rt, "echo").await;

    let (spin, rec) = start(&rt, "spin").await;
    let err = spin.invoke(invocation("exec-spin", "")).await.err().expect("an infinite loop is stopped");
    assert!(matches!(err, RuntimeError::Timeout(_)), "{err:?}");
    assert!(rec.event_kinds().contains(&EventKind::Timeout));

    let (grow, rec) = start(&rt, "grow").await;
    let err = grow.invoke(invocation("exec-grow", "")).await.err().expect("growing past the limit fails");
    assert_eq!(err, RuntimeError::OutOfMemory { limit_mb: 64 });
    let oom = rec.events.lock().unwrap().iter().find(|e| e.kind == EventKind::OomKilled).cloned().unwrap();
    assert_eq!(oom.replica_id.as_deref(), Some("hello-r1"));
    assert_eq!(oom.severity, ignite_core::runtime::Severity::Warning);

    let (exit3, rec) = start(&rt, "exit3").await;
    let err = exit3.invoke(invocation("exec-exit", "")).await.err().expect("a non-zero exit fails");
    assert_eq!(err, RuntimeError::Exited { code: 3, message: "bad input".into() });
    let logs = rec.logs.lock().unwrap().clone();
    assert_eq!(logs[0].line, "bad input");
    assert_eq!(logs[0].execution_id.as_deref(), Some("exec-exit"));

    let (trap, rec) = start(&rt, "trap").await;
    let err = trap.invoke(invocation("exec-trap", "")).await.err().expect("a trap fails");
    let RuntimeError::Trap(message) = err else { panic!("{err:?}") };
    assert!(message.contains("unreachable"), "{message}");
    assert!(rec.event_kinds().contains(&EventKind::Crashed));

    let (recurse, _) = start(&rt, "recurse").await;
    let err = recurse.invoke(invocation("exec-stack", "")).await.err().expect("a stack overflow fails");
    let RuntimeError::Trap(message) = err else { panic!("{err:?}") };
    assert!(message.contains("call stack exhausted"), "{message}");

    // The same instances and the host keep working.
    let out = collect(echo.invoke(invocation("exec-ok", "still here")).await.unwrap()).await.unwrap();
    assert_eq!(out, b"still here");
    let err = spin.invoke(invocation("exec-spin2", "")).await.err().unwrap();
    assert!(matches!(err, RuntimeError::Timeout(_)));
}

#[tokio::test]
async fn concurrent_calls_on_one_instance_each_get_their_own_store() {
    let dir = tempfile::tempdir().unwrap();
    let rt = runtime(dir.path());
    let (upper, _) = start(&rt, "upper").await;
    let calls = (0..20).map(|i| {
        let upper = upper.clone();
        async move {
            let out = collect(upper.invoke(invocation(&format!("e{i}"), format!("call {i}"))).await.unwrap()).await;
            (i, out.unwrap())
        }
    });
    for (i, out) in futures::future::join_all(calls).await {
        assert_eq!(out, format!("CALL {i}").into_bytes());
    }
    assert!(upper.usage().memory_bytes > 0, "memory use is measured from the stores");
}

#[tokio::test]
async fn compiled_code_is_cached_across_runtimes() {
    let dir = tempfile::tempdir().unwrap();
    let source = guest("echo");
    {
        let rt = runtime(dir.path());
        assert!(!rt.is_cached(source.as_bytes()));
        start(&rt, "echo").await;
        assert!(rt.is_cached(source.as_bytes()));
    }
    // A new process (runtime) finds the compiled code and serves from it.
    let rt = runtime(dir.path());
    assert!(rt.is_cached(source.as_bytes()));
    let (echo, _) = start(&rt, "echo").await;
    assert_eq!(collect(echo.invoke(invocation("e", "x")).await.unwrap()).await.unwrap(), b"x");
}

#[tokio::test]
async fn stopped_instances_refuse_calls_and_bad_code_is_rejected() {
    let dir = tempfile::tempdir().unwrap();
    let rt = runtime(dir.path());
    let (echo, rec) = start(&rt, "echo").await;
    echo.stop().await;
    assert!(matches!(echo.invoke(invocation("e", "x")).await, Err(RuntimeError::NotRunning)));
    assert_eq!(rec.event_kinds(), [EventKind::Started, EventKind::Stopped]);

    let recorder = Arc::new(Recorder::default());
    for bad in ["(module (func", "not wasm at all", "\0asm\x01"] {
        let err = rt.load(spec(RuntimeKind::Wasm, bad.to_string(), recorder.clone())).await.err().unwrap();
        assert!(matches!(err, RuntimeError::InvalidArtifact(_)), "{bad:?}: {err:?}");
    }
}

#[tokio::test]
async fn a_cancelled_call_interrupts_a_spinning_guest_and_the_instance_serves_on() {
    let dir = tempfile::tempdir().unwrap();
    let rt = runtime(dir.path());
    let (spin, rec) = start(&rt, "spin").await;
    let call = invocation("exec-cancelled", "");
    let cancel = call.cancel.clone();
    let running = tokio::spawn({
        let spin = spin.clone();
        async move { spin.invoke(call).await.err() }
    });
    tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    cancel.cancel();
    let err = running.await.unwrap().expect("a cancelled guest does not answer");
    assert_eq!(err, RuntimeError::Cancelled, "interrupted by the cancel, not the time limit");
    assert!(rec.event_kinds().contains(&EventKind::Stopped));
    assert!(!rec.event_kinds().contains(&EventKind::Timeout));

    let (echo, _) = start(&rt, "echo").await;
    let out = collect(echo.invoke(invocation("exec-after", "on")).await.unwrap()).await.unwrap();
    assert_eq!(out, b"on");
}
