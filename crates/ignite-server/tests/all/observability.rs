//! Observability and scaling as an operator sees them: replicas rising under load and
//! falling to zero without failed calls, events for each step, faults as Warning events,
//! execution stats that match the calls made, and a Prometheus endpoint.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use futures::StreamExt;
use ignite_proto::v1;
use serde_json::{Value, json};

use crate::harness::{ORG, Server, authed, python_draft};

const SLOW: &str = "import time\n\ndef handler(payload, ctx):\n    time.sleep(0.3)\n    return {'ok': True}\n";

async fn create_and_publish(s: &Server, app: &str, config: Value, source: &str) {
    let mut create = config;
    create["name"] = json!(app);
    let (status, body) = s.call("POST", "/v1/ignite/app/dev", Some(&create.to_string())).await;
    assert_eq!(status, 200, "{body}");
    s.call("POST", &format!("/v1/ignite/app/dev/{app}/draft"), Some(&python_draft(source))).await;
    let (status, body) = s.call("POST", &format!("/v1/ignite/app/dev/{app}/draft/publish"), Some("{}")).await;
    assert_eq!(status, 200, "{body}");
}

/// One Invoke over HTTP; returns the status the app answered (0 when the call failed
/// before a response) and the client-side latency.
async fn call(s: &Server, app: &str) -> (u64, Duration) {
    call_at(s.addr, &s.token, app).await
}

async fn call_at(addr: std::net::SocketAddr, token: &str, app: &str) -> (u64, Duration) {
    let started = Instant::now();
    let resp = reqwest::Client::new()
        .post(format!("http://{addr}/v1/ignite/app/dev/{app}/invoke"))
        .bearer_auth(token)
        .body("{}")
        .send()
        .await
        .unwrap();
    let ok = resp.status() == 200;
    let text = resp.text().await.unwrap();
    let elapsed = started.elapsed();
    if !ok {
        return (0, elapsed);
    }
    let first: Value = serde_json::from_str(text.lines().next().unwrap_or("{}")).unwrap();
    let failed = text.lines().any(|l| l.contains("\"error\""));
    let status = first["head"]["statusCode"].as_u64().unwrap_or(0);
    (if failed { 0 } else { status }, elapsed)
}

async fn state(s: &Server, app: &str) -> Value {
    let (status, body) = s.call("GET", &format!("/v1/ignite/app/dev/{app}/state"), None).await;
    assert_eq!(status, 200, "{body}");
    body
}

#[tokio::test]
async fn load_scales_a_python_app_to_max_replicas_then_to_zero_without_failed_calls() {
    let s = Server::start();
    let config = json!({"maxConcurrency": 1, "scaling": {"maxReplicas": 3, "idleTimeoutSecs": 1}});
    create_and_publish(&s, "loaded", config, SLOW).await;

    // Events, live, from before the load.
    let mut c = s.grpc().await;
    let mut events_stream = c
        .stream_app_events(authed(
            v1::StreamAppEventsRequest {
                organization_name: ORG.into(),
                app_name: "loaded".into(),
                ..Default::default()
            },
            &s.token,
        ))
        .await
        .unwrap()
        .into_inner();
    let events = Arc::new(Mutex::new(Vec::<v1::AppEvent>::new()));
    let sink = events.clone();
    let collector = tokio::spawn(async move {
        while let Some(Ok(e)) = events_stream.next().await {
            let done = e.kind == v1::AppEventKind::ScaledToZero as i32;
            sink.lock().unwrap().push(e);
            if done {
                return;
            }
        }
    });

    // 6 callers, 5 calls each, on replicas that take one call at a time.
    let started_ms = ignite_core::runtime::now_ms();
    let callers: Vec<_> = (0..6)
        .map(|_| {
            let (addr, token) = (s.addr, s.token.clone());
            tokio::spawn(async move {
                let mut results = Vec::new();
                for _ in 0..5 {
                    results.push(call_at(addr, &token, "loaded").await);
                }
                results
            })
        })
        .collect();
    let mut most = 0;
    let mut measured_memory = false;
    while !callers.iter().all(|c| c.is_finished()) {
        let (_, body) = s.call("GET", "/v1/ignite/app/dev/loaded/replicas", None).await;
        let replicas = body["replicas"].as_array().cloned().unwrap_or_default();
        most = most.max(replicas.len());
        if replicas.len() == 3 {
            measured_memory |= replicas.iter().all(|r| r["memoryMbUsed"].as_str().is_some_and(|m| m != "0"));
            // A server alone is the cluster "local"; servers sharing PostgreSQL name
            // theirs by the database.
            let cluster = if crate::harness::shared_database() { "127.0.0.1" } else { "local" };
            assert!(replicas.iter().all(|r| r["clusterId"].as_str().unwrap().starts_with(cluster)
                && !r["nodeName"].as_str().unwrap().is_empty()));
            let st = state(&s, "loaded").await;
            assert_eq!(st["deploymentState"], "DEPLOYMENT_STATE_READY", "{st}");
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let mut latencies = Vec::new();
    for caller in callers {
        for (status, latency) in caller.await.unwrap() {
            assert_eq!(status, 200, "a call failed under load");
            latencies.push(latency);
        }
    }
    assert_eq!(most, 3, "the pool grows to maxReplicas under load");
    assert!(measured_memory, "replicas report measured memory");

    // A trickle while idle replicas are stopped: none of its calls fails.
    for _ in 0..6 {
        let (status, latency) = call(&s, "loaded").await;
        assert_eq!(status, 200, "a call failed during scale-down");
        latencies.push(latency);
        tokio::time::sleep(Duration::from_millis(400)).await;
    }
    tokio::time::timeout(Duration::from_secs(30), collector).await.expect("the app scales to zero").unwrap();
    let st = state(&s, "loaded").await;
    assert_eq!(st["deploymentState"], "DEPLOYMENT_STATE_SCALED_TO_ZERO", "{st}");
    assert_eq!(st["readyReplicas"].as_u64().unwrap_or(0), 0, "zero is omitted in JSON");
    let events = events.lock().unwrap().clone();
    let kinds: Vec<i32> = events.iter().map(|e| e.kind).collect();
    let scale_ups = events.iter().filter(|e| e.kind == v1::AppEventKind::ScaledUp as i32).count();
    assert!(scale_ups >= 2, "scale-ups after the first replica: {events:?}");
    assert!(kinds.contains(&(v1::AppEventKind::Woken as i32)));
    assert!(kinds.contains(&(v1::AppEventKind::ScaledDown as i32)));
    assert!(events.iter().all(|e| e.severity == "Normal"), "{events:?}");

    // The stats count exactly these calls; the percentiles lie in the measured range.
    let total = latencies.len() as u64;
    let (status, stats) = s
        .call(
            "GET",
            &format!(
                "/v1/ignite/app/dev/loaded/stats/executions?startMs={}&endMs={}&bucketSecs=1",
                started_ms - 1000,
                ignite_core::runtime::now_ms() + 1000
            ),
            None,
        )
        .await;
    assert_eq!(status, 200, "{stats}");
    let count = |b: &Value, k: &str| b[k].as_str().map(|v| v.parse::<u64>().unwrap()).unwrap_or(0);
    let buckets = stats["buckets"].as_array().unwrap();
    assert_eq!(buckets.iter().map(|b| count(b, "successCount")).sum::<u64>(), total, "{stats}");
    let sum = &stats["total"];
    assert_eq!((count(sum, "successCount"), count(sum, "errorCount"), count(sum, "timeoutCount")), (total, 0, 0));
    assert!(count(sum, "coldStarts") >= 3, "{sum}");
    let slowest = latencies.iter().max().unwrap().as_secs_f64() * 1000.0;
    for p in ["p50Ms", "p95Ms", "p99Ms"] {
        let v = sum[p].as_f64().unwrap();
        assert!((300.0..=slowest).contains(&v), "{p} = {v} outside [300, {slowest}] ms");
    }

    // Prometheus agrees.
    // Without the operator's token, /metrics shows nothing.
    let refused =
        reqwest::Client::new().get(format!("http://{}/metrics", s.addr)).bearer_auth(&s.token).send().await.unwrap();
    assert_eq!(refused.status(), 401, "a tenant's token does not read every organization's metrics");
    let metrics_token = std::fs::read_to_string(s.data_dir.join("metrics-token")).unwrap().trim().to_string();
    let text = reqwest::Client::new()
        .get(format!("http://{}/metrics", s.addr))
        .bearer_auth(metrics_token)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let scrape = prometheus_parse::Scrape::parse(text.lines().map(|l| Ok(l.to_string()))).expect("parses");
    let value = |name: &str, outcome: Option<&str>| {
        scrape
            .samples
            .iter()
            .find(|x| {
                x.metric == name
                    && x.labels.get("app") == Some("dev/loaded")
                    && outcome.is_none_or(|o| x.labels.get("outcome") == Some(o))
            })
            .map(|x| match x.value {
                prometheus_parse::Value::Counter(v)
                | prometheus_parse::Value::Gauge(v)
                | prometheus_parse::Value::Untyped(v) => v,
                _ => f64::NAN,
            })
    };
    assert_eq!(value("ignite_invocations_total", Some("success")), Some(total as f64), "{text}");
    assert!(value("ignite_cold_starts_total", None).is_some_and(|v| v >= 3.0), "{text}");
    assert!(text.contains("ignite_invocation_duration_seconds_bucket"), "{text}");
}

#[tokio::test]
async fn memory_and_crash_faults_are_warning_events_with_replica_and_count() {
    let s = Server::start();
    let hog = "def handler(payload, ctx):\n    block = bytearray(400 * 1024 * 1024)\n    return len(block)\n";
    create_and_publish(&s, "hog", json!({"limits": {"memoryMb": 64}}), hog).await;
    let (status, _) = call(&s, "hog").await;
    assert_ne!(status, 200, "the allocation cannot succeed under 64 MB");
    let (_, body) = s.call("GET", "/v1/ignite/app/dev/hog/events?severity=Warning", None).await;
    let events = body["events"].as_array().unwrap();
    let oom = events.iter().find(|e| e["kind"] == "APP_EVENT_KIND_OOM_KILLED").unwrap_or_else(|| panic!("{body}"));
    assert_eq!(oom["severity"], "Warning");
    assert!(oom["replicaId"].as_str().unwrap().starts_with("hog-v1-"), "{oom}");

    let crasher = "import os\n\ndef handler(payload, ctx):\n    os._exit(3)\n";
    create_and_publish(&s, "crasher", json!({}), crasher).await;
    for _ in 0..3 {
        let (status, _) = call(&s, "crasher").await;
        assert_ne!(status, 200);
    }
    let (_, body) = s.call("GET", "/v1/ignite/app/dev/crasher/events?severity=Warning", None).await;
    let events = body["events"].as_array().unwrap();
    let crashed = events.iter().find(|e| e["kind"] == "APP_EVENT_KIND_CRASHED").unwrap_or_else(|| panic!("{body}"));
    assert_eq!(crashed["count"], 3, "{crashed}");
    assert!(crashed["message"].as_str().unwrap().contains("code 3"), "{crashed}");
    let (_, body) = s.call("GET", "/v1/ignite/app/dev/crasher/events", None).await;
    let restarted =
        body["events"].as_array().unwrap().iter().find(|e| e["kind"] == "APP_EVENT_KIND_RESTARTED").cloned();
    assert!(restarted.is_some_and(|r| r["count"].as_u64().unwrap() >= 2), "{body}");

    // Both failures count as errors in the stats.
    let (_, stats) = s.call("GET", "/v1/ignite/app/dev/crasher/stats/executions", None).await;
    assert_eq!(stats["total"]["errorCount"], "3", "{stats}");
}

/// The lines of GetAppLogs at `query`.
async fn log_lines(s: &Server, app: &str, query: &str) -> (Vec<String>, Value) {
    let (status, body) = s.call("GET", &format!("/v1/ignite/app/dev/{app}/logs{query}"), None).await;
    assert_eq!(status, 200, "{body}");
    let lines =
        body["lines"].as_array().into_iter().flatten().map(|l| l["line"].as_str().unwrap().to_string()).collect();
    (lines, body)
}

#[tokio::test]
async fn log_lines_and_events_outlive_a_restart_and_lines_are_found_by_time_text_replica_and_execution() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Server::start_in(dir.path(), &[]);
    let chatty = "def handler(payload, ctx):\n    print('said ' + payload.decode())\n    return payload\n";
    create_and_publish(&s, "chatty", json!({}), chatty).await;
    let said = |text: &'static str| {
        let s = &s;
        async move { crate::harness::invoke_text(s, &s.token, ORG, "chatty", text.as_bytes()).await }
    };
    said("first").await;
    tokio::time::sleep(Duration::from_millis(20)).await;
    let between = ignite_core::runtime::now_ms();
    tokio::time::sleep(Duration::from_millis(20)).await;
    said("second").await;
    said("third").await;
    let (lines, body) = log_lines(&s, "chatty", "").await;
    assert_eq!(lines, ["said first", "said second", "said third"]);
    let third = body["lines"][2]["executionId"].as_str().expect("a line names its execution").to_string();

    let (_, before) = s.call("GET", "/v1/ignite/app/dev/chatty/events", None).await;
    let kinds = |events: &Value| -> Vec<String> {
        events["events"].as_array().into_iter().flatten().map(|e| e["kind"].as_str().unwrap().to_string()).collect()
    };
    assert!(kinds(&before).contains(&"APP_EVENT_KIND_READY".to_string()), "{before}");

    // A restart: the lines and events are in the store, not in the old process's memory.
    s.terminate();
    let s = Server::start_in(dir.path(), &[]);
    let (lines, body) = log_lines(&s, "chatty", "").await;
    assert_eq!(lines, ["said first", "said second", "said third"], "{body}");
    let (_, after) = s.call("GET", "/v1/ignite/app/dev/chatty/events", None).await;
    for kind in kinds(&before) {
        assert!(kinds(&after).contains(&kind), "{kind} is kept: {after}");
    }
    let replica = body["lines"][0]["replicaId"].as_str().unwrap().to_string();
    assert_eq!(log_lines(&s, "chatty", "?contains=d%20sec").await.0, ["said second"]);
    assert_eq!(log_lines(&s, "chatty", &format!("?sinceMs={between}")).await.0, ["said second", "said third"]);
    assert_eq!(log_lines(&s, "chatty", &format!("?untilMs={between}")).await.0, ["said first"]);
    assert_eq!(log_lines(&s, "chatty", &format!("?executionId={third}")).await.0, ["said third"]);
    assert_eq!(log_lines(&s, "chatty", &format!("?replicaId={replica}")).await.0.len(), 3);
    let (lines, body) = log_lines(&s, "chatty", "?limit=1").await;
    assert_eq!((lines, &body["truncated"]), (vec!["said third".to_string()], &json!(true)));
    let (status, body) = s.call("GET", "/v1/ignite/app/dev/chatty/logs?sinceMs=-1", None).await;
    assert_eq!(status, 400, "{body}");
}
