//! The Python runtime: contract, workers, faults and the sandbox, with real processes.

use std::sync::Arc;
use std::time::{Duration, Instant};

use ignite_core::FunctionId;
use ignite_core::runtime::{
    BuildLog, BuildRequest, CodeSpec, EventKind, Instance, InstanceStatus, Runtime, RuntimeError, RuntimeKind,
};
use ignite_runtime::pool::{InstancePool, PoolConfig};
use ignite_runtime::python::{PythonConfig, PythonRuntime};
use ignite_runtime::sandbox::Sandbox;
use serde_json::{Value, json};

use crate::support::{Recorder, collect, invocation, spec, timed_chunks};

const HANDLER: &str = include_str!("guests/python_app/handler.py");

async fn runtime(dir: &std::path::Path) -> PythonRuntime {
    let mut config = PythonConfig::new(dir, Arc::new(Sandbox::detect()));
    config.zygote_idle = Duration::from_millis(300);
    PythonRuntime::new(config).await.unwrap()
}

async fn start(
    rt: &PythonRuntime,
    max_concurrency: u32,
) -> (Arc<dyn Instance>, Arc<Recorder>, Arc<dyn ignite_core::runtime::LoadedVersion>) {
    let recorder = Arc::new(Recorder::default());
    let mut s = spec(RuntimeKind::Python, HANDLER, recorder.clone());
    s.max_concurrency = max_concurrency;
    let loaded = rt.load(s).await.unwrap();
    let instance = loaded.start_instance("hello-v1-1").await.unwrap();
    (instance, recorder, loaded)
}

async fn call(instance: &Arc<dyn Instance>, body: Value) -> (u16, Vec<u8>) {
    let resp = instance.invoke(invocation("exec-1", body.to_string())).await.unwrap();
    let status = resp.head.status;
    (status, collect(resp).await.unwrap())
}

#[tokio::test]
async fn return_types_ctx_and_exceptions_follow_the_contract() {
    let dir = tempfile::tempdir().unwrap();
    let rt = runtime(dir.path()).await;
    let (w, _, _) = start(&rt, 1).await;
    let resp = w.invoke(invocation("exec-1", "raw \x00 bytes")).await.unwrap();
    assert_eq!(resp.head.headers[0].1, "application/octet-stream");
    assert_eq!(collect(resp).await.unwrap(), b"raw \x00 bytes");
    assert_eq!(call(&w, json!({"op": "str"})).await, (200, "héllo".as_bytes().to_vec()));
    let (status, body) = call(&w, json!({"op": "dict"})).await;
    assert_eq!(status, 200);
    let value: Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(
        value,
        json!({"ctx": {"execution_id": "exec-1", "function_id": "acme/hello", "organization_id": "acme"},
               "payload_type": "bytes"})
    );
    let (status, body) = call(&w, json!({"op": "raise"})).await;
    assert_eq!(status, 500);
    let error: Value = serde_json::from_slice(&body).unwrap();
    assert_eq!((error["error"].as_str(), error["type"].as_str()), (Some("bad value"), Some("ValueError")));
    assert!(error["traceback"].as_str().unwrap().contains("raise ValueError(\"bad value\")"), "{error}");
}

#[tokio::test]
async fn warm_calls_reuse_one_process_and_prints_become_log_lines() {
    let dir = tempfile::tempdir().unwrap();
    let rt = runtime(dir.path()).await;
    let (w, rec, _) = start(&rt, 1).await;
    let mut pids = std::collections::BTreeSet::new();
    for _ in 0..100 {
        let (_, body) = call(&w, json!({"op": "pid"})).await;
        pids.insert(String::from_utf8(body).unwrap());
    }
    assert_eq!(pids.len(), 1, "100 calls, one worker process");
    let resp = w.invoke(invocation("exec-print", json!({"op": "print"}).to_string())).await.unwrap();
    collect(resp).await.unwrap();
    let logs = rec.logs.lock().unwrap().clone();
    let line = logs.iter().find(|l| l.line.starts_with("hello from")).expect("the print is logged");
    assert_eq!(line.line, "hello from exec-print");
    assert_eq!(line.execution_id.as_deref(), Some("exec-print"));
    assert_eq!(line.replica_id, "hello-v1-1");
    assert!(w.usage().memory_bytes > 1 << 20, "memory is measured");
}

#[tokio::test]
async fn concurrent_calls_respect_max_concurrency() {
    let dir = tempfile::tempdir().unwrap();
    let rt = runtime(dir.path()).await;
    let (w, _, _) = start(&rt, 2).await;
    let calls = (0..6).map(|_| {
        let w = w.clone();
        async move { call(&w, json!({"op": "sleep", "seconds": 0.3})).await }
    });
    let peaks: Vec<u64> = futures::future::join_all(calls)
        .await
        .into_iter()
        .map(|(_, body)| serde_json::from_slice::<Value>(&body).unwrap()["peak"].as_u64().unwrap())
        .collect();
    assert_eq!(peaks.iter().max(), Some(&2), "two at a time: {peaks:?}");
}

#[tokio::test]
async fn generators_stream_their_chunks() {
    let dir = tempfile::tempdir().unwrap();
    let rt = runtime(dir.path()).await;
    let (w, _, _) = start(&rt, 1).await;
    let started = Instant::now();
    let chunks =
        timed_chunks(w.invoke(invocation("e", json!({"op": "stream"}).to_string())).await.unwrap(), started).await;
    assert_eq!(chunks.len(), 5);
    assert!(chunks[4].0 - chunks[0].0 >= Duration::from_millis(700), "{chunks:?}");
}

struct VecLog(std::sync::Mutex<Vec<u8>>);
impl BuildLog for VecLog {
    fn write(&self, chunk: &[u8]) {
        self.0.lock().unwrap().extend_from_slice(chunk);
    }
}

fn tar_gz(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut builder = tar::Builder::new(flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast()));
    for (name, data) in entries {
        let mut header = tar::Header::new_gnu();
        header.set_size(data.len() as u64);
        header.set_mode(0o644);
        header.set_cksum();
        builder.append_data(&mut header, name, *data).unwrap();
    }
    builder.into_inner().unwrap().finish().unwrap()
}

#[tokio::test]
async fn requirements_are_installed_once_into_a_cached_environment() {
    let dir = tempfile::tempdir().unwrap();
    let rt = runtime(dir.path()).await;
    let archive = tar_gz(&[("handler.py", HANDLER.as_bytes()), ("requirements.txt", b"six==1.16.0\n")]);
    let log = Arc::new(VecLog(Default::default()));
    let request = |log: Arc<VecLog>| BuildRequest {
        function: FunctionId::parse("acme/hello").unwrap(),
        spec: CodeSpec::Python { version: String::new() },
        source: archive.clone().into(),
        timeout: Duration::from_secs(300),
        log,
    };
    let artifact = rt.build(request(log.clone())).await.unwrap();
    let text = String::from_utf8(log.0.lock().unwrap().clone()).unwrap();
    assert!(text.contains("installing") && text.contains("six"), "{text}");
    assert!(artifact.metadata.contains_key("requirements_hash"));
    // A second build of the same requirements uses the cached environment.
    let again = Arc::new(VecLog(Default::default()));
    rt.build(request(again.clone())).await.unwrap();
    assert!(String::from_utf8(again.0.lock().unwrap().clone()).unwrap().contains("cached environment"));

    let recorder = Arc::new(Recorder::default());
    let loaded = rt.load(spec(RuntimeKind::Python, artifact.bytes, recorder)).await.unwrap();
    let w = loaded.start_instance("r1").await.unwrap();
    assert_eq!(call(&w, json!({"op": "import"})).await, (200, b"1.16.0".to_vec()));

    // A broken requirement fails the build with pip's reason.
    let bad =
        tar_gz(&[("handler.py", HANDLER.as_bytes()), ("requirements.txt", b"no-such-package-ignite-xyz==0.0.1\n")]);
    let err = rt
        .build(BuildRequest { source: bad.into(), ..request(Arc::new(VecLog(Default::default()))) })
        .await
        .unwrap_err();
    assert!(matches!(err, RuntimeError::BuildFailed(ref m) if m.contains("requirements")), "{err:?}");
    // So does a syntax error, with the interpreter's message.
    let err = rt
        .build(BuildRequest {
            source: b"def handler(:\n".to_vec().into(),
            ..request(Arc::new(VecLog(Default::default())))
        })
        .await
        .unwrap_err();
    assert!(matches!(err, RuntimeError::BuildFailed(ref m) if m.contains("SyntaxError")), "{err:?}");
}

#[tokio::test]
async fn faults_are_contained_and_reported() {
    let dir = tempfile::tempdir().unwrap();
    let rt = runtime(dir.path()).await;
    let (w, rec, loaded) = start(&rt, 1).await;

    let err = w.invoke(invocation("e", json!({"op": "spin"}).to_string())).await.err().unwrap();
    assert!(matches!(err, RuntimeError::Timeout(_)), "{err:?}");
    assert!(rec.event_kinds().contains(&EventKind::Timeout));
    assert!(w.invoke(invocation("e", "{}")).await.is_err(), "the stopped worker takes no more calls");

    let w = loaded.start_instance("hello-v1-2").await.unwrap();
    let err = w.invoke(invocation("e", json!({"op": "alloc", "mb": 300}).to_string())).await.err().unwrap();
    assert_eq!(err, RuntimeError::OutOfMemory { limit_mb: 64 });
    let oom = rec.events.lock().unwrap().iter().find(|e| e.kind == EventKind::OomKilled).cloned().unwrap();
    assert_eq!(oom.replica_id.as_deref(), Some("hello-v1-2"));

    let w = loaded.start_instance("hello-v1-3").await.unwrap();
    let err = w.invoke(invocation("e", json!({"op": "exit", "code": 3}).to_string())).await.err().unwrap();
    assert_eq!(err, RuntimeError::Exited { code: 3, message: String::new() });
    assert!(rec.events.lock().unwrap().iter().any(|e| e.kind == EventKind::Crashed && e.message.contains("code 3")));

    // A fork bomb is held by the replica's pids and memory limits: fork fails (a 500),
    // or the copies exhaust memory, or the call runs out of time. Stopping the replica
    // kills every copy.
    let before = processes_of(dir.path()).len();
    let w = loaded.start_instance("hello-v1-4").await.unwrap();
    match w.invoke(invocation("e", json!({"op": "forkbomb"}).to_string())).await {
        Ok(resp) => {
            assert_eq!(resp.head.status, 500);
            let body = collect(resp).await.unwrap();
            assert!(String::from_utf8_lossy(&body).contains("BlockingIOError"), "{}", String::from_utf8_lossy(&body));
        }
        Err(e) => assert!(matches!(e, RuntimeError::Timeout(_) | RuntimeError::OutOfMemory { .. }), "{e:?}"),
    }
    w.stop().await;
    assert!(processes_of(dir.path()).len() <= before, "no copy of the fork bomb survives the stop");

    // The host is fine and a fresh replica serves.
    let w = loaded.start_instance("hello-v1-5").await.unwrap();
    assert_eq!(call(&w, json!({"op": "str"})).await.0, 200);
}

/// A caller gives up on a cancelled call at once (it drops the call, as the executor
/// does): the worker is marked gone at that moment, before it is killed, so the next
/// call is never handed to a worker about to die for another call's cancel.
#[tokio::test]
async fn a_cancelled_call_dropped_by_its_caller_stops_its_worker_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let rt = runtime(dir.path()).await;
    let (w, rec, _) = start(&rt, 1).await;
    let sleeping = invocation("e", json!({"op": "sleep", "seconds": 30}).to_string());
    let cancel = sleeping.cancel.clone();
    let mut call = Box::pin(w.invoke(sleeping));
    assert!(tokio::time::timeout(Duration::from_millis(300), &mut call).await.is_err(), "the call sleeps");
    cancel.cancel();
    drop(call);
    assert_eq!(w.status(), InstanceStatus::Exited { code: None }, "gone as soon as the call is dropped");
    assert_eq!(w.invoke(invocation("next", "{}")).await.err(), Some(RuntimeError::NotRunning));
    // The watchdog, woken by the same cancel, finds the worker stopped already.
    tokio::time::sleep(Duration::from_millis(100)).await;
    let stops = rec.event_kinds().into_iter().filter(|k| *k == EventKind::Stopped).count();
    assert_eq!(stops, 1, "{:?}", rec.event_kinds());
}

#[tokio::test]
async fn a_busy_handler_gets_its_cpu_share_and_no_more() {
    let dir = tempfile::tempdir().unwrap();
    let rt = runtime(dir.path()).await;
    let recorder = Arc::new(Recorder::default());
    let mut s = spec(RuntimeKind::Python, HANDLER, recorder);
    s.limits.cpu_millicores = 200;
    let loaded = rt.load(s).await.unwrap();
    let w = loaded.start_instance("burn-v1-1").await.unwrap();
    let (status, body) = call(&w, json!({"op": "burn", "seconds": 1.0})).await;
    assert_eq!(status, 200);
    let used: Value = serde_json::from_slice(&body).unwrap();
    let share = used["cpu"].as_f64().unwrap() / used["wall"].as_f64().unwrap();
    // 200 millicores: a fifth of a core on average (a busy machine can only lower it).
    assert!(share > 0.02 && share < 0.3, "the handler got {share:.2} of a core: {used}");
}

#[tokio::test]
async fn the_sandbox_blocks_network_writes_and_the_view_of_host_processes() {
    let dir = tempfile::tempdir().unwrap();
    let rt = runtime(dir.path()).await;
    let (w, _, _) = start(&rt, 1).await;
    let (_, body) = call(&w, json!({"op": "socket"})).await;
    assert!(String::from_utf8_lossy(&body).starts_with("blocked"), "{}", String::from_utf8_lossy(&body));
    let (_, body) = call(&w, json!({"op": "write"})).await;
    let writes: Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(writes["/tmp/ok.txt"], "ok", "{writes}");
    for path in ["/app/x.txt", "/etc/x.txt", "/usr/x.txt"] {
        assert!(writes[path].as_str().unwrap().starts_with("blocked"), "{path}: {writes}");
    }
    let (_, body) = call(&w, json!({"op": "procs"})).await;
    let pids: Vec<u32> = serde_json::from_slice(&body).unwrap();
    assert!(pids.len() <= 4, "only the sandbox's own processes are visible: {pids:?}");
    assert!(!pids.contains(&std::process::id()), "the host's pid is not visible");
}

#[tokio::test]
async fn every_replica_is_a_process_of_its_own_that_knows_its_id() {
    // The first start forks on demand; later ones take the spare forked ahead.
    let dir = tempfile::tempdir().unwrap();
    let rt = runtime(dir.path()).await;
    let (first, _, loaded) = start(&rt, 1).await;
    let mut seen = vec![];
    for (i, instance) in [first].into_iter().chain(more_replicas(&loaded, 3).await).enumerate() {
        let (status, body) = call(&instance, json!({"op": "replica"})).await;
        assert_eq!(status, 200, "{}", String::from_utf8_lossy(&body));
        let me: Value = serde_json::from_slice(&body).unwrap();
        let expected = if i == 0 { "hello-v1-1".to_string() } else { format!("hello-v1-r{i}") };
        assert_eq!(me["replica"], expected.as_str(), "{me}");
        seen.push(me["pid"].as_u64().unwrap());
    }
    seen.sort();
    seen.dedup();
    assert_eq!(seen.len(), 4, "four replicas, four processes: {seen:?}");
}

/// `n` more replicas of `loaded`, started one after another.
async fn more_replicas(loaded: &Arc<dyn ignite_core::runtime::LoadedVersion>, n: usize) -> Vec<Arc<dyn Instance>> {
    let mut out = Vec::new();
    for i in 1..=n {
        out.push(loaded.start_instance(&format!("hello-v1-r{i}")).await.unwrap());
    }
    out
}

#[tokio::test]
async fn after_the_idle_timeout_no_process_remains_and_the_next_call_cold_starts() {
    let dir = tempfile::tempdir().unwrap();
    let rt = runtime(dir.path()).await;
    let recorder = Arc::new(Recorder::default());
    let loaded = rt.load(spec(RuntimeKind::Python, HANDLER, recorder.clone())).await.unwrap();
    let config = PoolConfig { idle_timeout: Duration::from_millis(300), ..PoolConfig::default() };
    let pool = InstancePool::new(loaded, "hello-v1", config, recorder.clone());
    let first = pool.invoke(invocation("e1", json!({"op": "pid"}).to_string())).await.unwrap();
    assert!(first.cold_start);
    collect(first.response).await.unwrap();
    let ours = processes_of(dir.path());
    assert!(ours.len() >= 2, "the zygote and a worker run: {ours:?}");

    let deadline = Instant::now() + Duration::from_secs(10);
    while !(pool.replicas().is_empty() && processes_of(dir.path()).is_empty()) {
        assert!(Instant::now() < deadline, "processes remain: {:?}", processes_of(dir.path()));
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(recorder.event_kinds().contains(&EventKind::ScaledToZero));
    let next = pool.invoke(invocation("e2", json!({"op": "str"}).to_string())).await.unwrap();
    assert!(next.cold_start);
    assert_eq!(collect(next.response).await.unwrap(), "héllo".as_bytes());
}

/// Live processes started for the runtime working in `dir` (their command line names
/// it) and their descendants; zombies excluded.
fn processes_of(dir: &std::path::Path) -> Vec<u32> {
    let needle = dir.display().to_string();
    let alive = |pid: u32| {
        let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
        !stat.is_empty() && !stat.rsplit_once(')').is_some_and(|(_, rest)| rest.trim_start().starts_with('Z'))
    };
    let mut queue: Vec<u32> = std::fs::read_dir("/proc")
        .unwrap()
        .flatten()
        .filter_map(|e| e.file_name().to_str()?.parse::<u32>().ok())
        .filter(|pid| {
            let cmdline = std::fs::read(format!("/proc/{pid}/cmdline")).unwrap_or_default();
            String::from_utf8_lossy(&cmdline).contains(&needle)
        })
        .collect();
    let mut out = Vec::new();
    while let Some(p) = queue.pop() {
        if !alive(p) || out.contains(&p) {
            continue;
        }
        out.push(p);
        let Ok(tasks) = std::fs::read_dir(format!("/proc/{p}/task")) else { continue };
        for task in tasks.flatten() {
            if let Ok(children) = std::fs::read_to_string(task.path().join("children")) {
                queue.extend(children.split_whitespace().filter_map(|c| c.parse::<u32>().ok()));
            }
        }
    }
    out
}
