//! What async executions promise beyond running once: retries with backoff, dead
//! letters and their redrive, and cancellation.

use futures::StreamExt;
use ignite_proto::v1;
use serde_json::{Value, json};

use crate::harness::{ORG, Server, authed, b64, deploy, invoke_text, python_draft, unb64, wait_terminal};

async fn invoke_async(s: &Server, app: &str, body: &[u8]) -> String {
    let request = json!({"body": b64(body)}).to_string();
    let (status, started) = s.call("POST", &format!("/v1/ignite/app/dev/{app}/invoke-async"), Some(&request)).await;
    assert_eq!(status, 200, "{started}");
    started["executionId"].as_str().unwrap().to_string()
}

fn ms(v: &Value) -> i64 {
    v.as_str().map(|s| s.parse().unwrap()).unwrap_or_else(|| v.as_i64().unwrap_or_default())
}

/// Fails its first two calls (the replica keeps the count), then answers.
const FLAKY: &str = r#"calls = 0

def handler(payload, ctx):
    global calls
    calls += 1
    if calls < 3:
        raise RuntimeError("flaky call %d" % calls)
    return b"done on call %d" % calls
"#;

#[tokio::test]
async fn a_flaky_handler_succeeds_on_its_third_attempt_after_growing_backoffs() {
    let s = Server::start();
    let retry = json!({"maxAttempts": 4, "initialBackoffMs": 300, "multiplier": 2.0,
                       "retryOn": ["RETRY_ON_SERVER_ERROR"]});
    let (status, body) = deploy(&s, &s.token, ORG, "flaky", json!({"retry": retry}), &python_draft(FLAKY)).await;
    assert_eq!(status, 200, "{body}");
    let (_, app) = s.call("GET", "/v1/ignite/app/dev/flaky", None).await;
    assert_eq!(app["app"]["retry"]["maxAttempts"], 4, "GetApp shows the policy: {app}");

    let id = invoke_async(&s, "flaky", b"x").await;
    let e = wait_terminal(&s, &id).await;
    assert_eq!(e["status"], "EXECUTION_STATUS_SUCCEEDED", "{e}");
    assert_eq!(e["attempt"], 3, "{e}");
    assert_eq!(unb64(e["output"].as_str().unwrap()), b"done on call 3");
    let attempts = e["attempts"].as_array().unwrap();
    assert_eq!(attempts.len(), 2, "the two failed attempts are kept: {e}");
    for (n, a) in attempts.iter().enumerate() {
        assert_eq!(a["attempt"], n as u64 + 1, "{a}");
        assert_eq!(a["status"], "EXECUTION_STATUS_FAILED", "{a}");
        assert_eq!(a["httpStatus"], 500, "{a}");
    }
    // Each wait is at least the policy's backoff, the second twice the first.
    let first_wait = ms(&attempts[1]["startedAtMs"]) - ms(&attempts[0]["completedAtMs"]);
    let second_wait = ms(&e["startedAtMs"]) - ms(&attempts[1]["completedAtMs"]);
    assert!(first_wait >= 300, "waited {first_wait} ms after attempt 1");
    assert!(second_wait >= 600, "waited {second_wait} ms after attempt 2");
    assert_eq!(e["deadLetter"], Value::Null, "a success is no dead letter: {e}");

    // A policy out of bounds is refused, naming the field.
    let bad = json!({"retry": {"maxAttempts": 11}, "updateMask": ["retry"]}).to_string();
    let (status, body) = s.call("PATCH", "/v1/ignite/app/dev/flaky/config", Some(&bad)).await;
    assert_eq!(status, 400, "{body}");
    assert!(body.to_string().contains("retry.max_attempts"), "{body}");
}

const ALWAYS_FAILS: &str = "def handler(payload, ctx):\n    raise ValueError('broken: ' + payload.decode())\n";
const FIXED: &str = r#"def handler(payload, ctx):
    if payload == b"bad":
        raise ValueError("still bad")
    return b"fixed: " + payload
"#;

#[tokio::test]
async fn an_execution_that_fails_every_attempt_is_a_dead_letter_until_redriven() {
    let s = Server::start();
    let retry = json!({"maxAttempts": 2, "initialBackoffMs": 50});
    let (status, body) = deploy(&s, &s.token, ORG, "dl", json!({"retry": retry}), &python_draft(ALWAYS_FAILS)).await;
    assert_eq!(status, 200, "{body}");

    let id = invoke_async(&s, "dl", b"order-7").await;
    let e = wait_terminal(&s, &id).await;
    assert_eq!(e["status"], "EXECUTION_STATUS_FAILED", "{e}");
    assert_eq!(e["attempt"], 2, "{e}");
    assert_eq!(e["deadLetter"], true, "{e}");
    let (status, listed) = s.call("GET", "/v1/ignite/app/dev/dl/dead-letters", None).await;
    assert_eq!(status, 200, "{listed}");
    let ids: Vec<&str> =
        listed["executions"].as_array().unwrap().iter().map(|e| e["executionId"].as_str().unwrap()).collect();
    assert_eq!(ids, [id.as_str()]);

    // The fix is published; the redrive runs the dead letter's request on it.
    let (status, body) = s.call("POST", "/v1/ignite/app/dev/dl/draft", Some(&python_draft(FIXED))).await;
    assert_eq!(status, 200, "{body}");
    let (status, body) = s.call("POST", "/v1/ignite/app/dev/dl/draft/publish", Some("{}")).await;
    assert_eq!(status, 200, "{body}");
    let (status, redriven) = s.call("POST", &format!("/v1/ignite/executions/{id}/redrive"), Some("{}")).await;
    assert_eq!(status, 200, "{redriven}");
    let again = redriven["executionId"].as_str().unwrap();
    assert_ne!(again, id);
    let e = wait_terminal(&s, again).await;
    assert_eq!(e["status"], "EXECUTION_STATUS_SUCCEEDED", "{e}");
    assert_eq!(e["version"], 2, "{e}");
    assert_eq!(unb64(e["output"].as_str().unwrap()), b"fixed: order-7");

    let (_, listed) = s.call("GET", "/v1/ignite/app/dev/dl/dead-letters", None).await;
    assert_eq!(listed["executions"], Value::Null, "the list is empty: {listed}");
    let (_, old) = s.call("GET", &format!("/v1/ignite/executions/{id}"), None).await;
    assert_eq!(old["execution"]["redrivenAs"], again, "{old}");
    let (status, body) = s.call("POST", &format!("/v1/ignite/executions/{id}/redrive"), Some("{}")).await;
    assert_eq!(status, 400, "a redriven dead letter is no longer one: {body}");
    assert!(body.to_string().contains("executionId") || body.to_string().contains("execution_id"), "{body}");

    // Purge: the dead letter's record goes.
    let bad = invoke_async(&s, "dl", b"bad").await;
    assert_eq!(wait_terminal(&s, &bad).await["deadLetter"], true);
    let (status, purged) = s.call("DELETE", "/v1/ignite/app/dev/dl/dead-letters", None).await;
    assert_eq!(status, 200, "{purged}");
    assert_eq!(purged["purged"], 1, "{purged}");
    let (status, _) = s.call("GET", &format!("/v1/ignite/executions/{bad}"), None).await;
    assert_eq!(status, 404);
    let (_, listed) = s.call("GET", "/v1/ignite/app/dev/dl/dead-letters", None).await;
    assert_eq!(listed["executions"], Value::Null, "{listed}");
}

const SLEEPER: &str = r#"import time

def handler(payload, ctx):
    print("started " + payload.decode())
    if payload.startswith(b"sleep"):
        time.sleep(600)
    return b"awake"
"#;

#[tokio::test]
async fn a_cancelled_execution_ends_cancelled_its_guest_is_stopped_and_a_queued_one_never_starts() {
    let s = Server::start();
    let config = json!({"scaling": {"maxReplicas": 1}, "maxConcurrency": 1, "limits": {"timeoutSecs": 900}});
    let (status, body) = deploy(&s, &s.token, ORG, "sleeper", config, &python_draft(SLEEPER)).await;
    assert_eq!(status, 200, "{body}");
    let mut c = s.grpc().await;

    let running = invoke_async(&s, "sleeper", b"sleep-1").await;
    // Its guest runs: the line is printed.
    for _ in 0..600 {
        let (_, logs) = s.call("GET", "/v1/ignite/app/dev/sleeper/logs", None).await;
        if logs.to_string().contains("started sleep-1") {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    // A second one waits for the only replica's only slot.
    let queued = invoke_async(&s, "sleeper", b"sleep-2").await;
    let mut watch = c
        .watch_execution(authed(v1::WatchExecutionRequest { execution_id: running.clone() }, &s.token))
        .await
        .unwrap()
        .into_inner();

    for id in [&queued, &running] {
        let cancelled = c
            .cancel_execution(authed(v1::CancelExecutionRequest { execution_id: id.clone() }, &s.token))
            .await
            .unwrap()
            .into_inner()
            .execution
            .unwrap();
        assert_eq!(cancelled.status(), v1::ExecutionStatus::Cancelled, "{cancelled:?}");
    }
    let mut last = None;
    while let Some(update) = watch.next().await {
        last = update.unwrap().execution;
    }
    assert_eq!(last.unwrap().status(), v1::ExecutionStatus::Cancelled, "the watch ends with the cancel");
    for id in [&queued, &running] {
        let e = wait_terminal(&s, id).await;
        assert_eq!(e["status"], "EXECUTION_STATUS_CANCELLED", "{e}");
        assert_eq!(e["error"], "cancelled by CancelExecution", "{e}");
    }

    // The replica is free: nothing is in flight, and the next call runs at once.
    let (_, replicas) = s.call("GET", "/v1/ignite/app/dev/sleeper/replicas", None).await;
    for r in replicas["replicas"].as_array().into_iter().flatten() {
        assert_eq!(r["inFlight"], Value::Null, "{replicas}");
    }
    let (status, out, _) = invoke_text(&s, &s.token, ORG, "sleeper", b"quick").await;
    assert_eq!((status, out.as_str()), (200, "awake"), "the next call answered");
    let (_, logs) = s.call("GET", "/v1/ignite/app/dev/sleeper/logs", None).await;
    assert!(!logs.to_string().contains("started sleep-2"), "the queued execution never started: {logs}");
    let (_, events) = s.call("GET", "/v1/ignite/app/dev/sleeper/events", None).await;
    assert!(events.to_string().contains("cancelled"), "the stop is an event: {events}");

    // An ended execution cannot be cancelled; another organization's is not found.
    let err = c
        .cancel_execution(authed(v1::CancelExecutionRequest { execution_id: running.clone() }, &s.token))
        .await
        .unwrap_err();
    assert_eq!(err.code(), tonic::Code::FailedPrecondition, "{err:?}");
    let (status, body) = s.call("POST", "/v1/ignite/executions/no-such-execution/cancel", Some("{}")).await;
    assert_eq!(status, 404, "{body}");
}

/// The scheduled executions of `app`: (tick, status), oldest first.
async fn scheduled(s: &Server, app: &str) -> Vec<(i64, String)> {
    let (status, listed) = s
        .call("GET", &format!("/v1/ignite/app/dev/{app}/executions?kind=EXECUTION_KIND_SCHEDULE&limit=500"), None)
        .await;
    assert_eq!(status, 200, "{listed}");
    let mut ticks: Vec<(i64, String)> = listed["executions"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|e| (ms(&e["scheduledAtMs"]), e["status"].as_str().unwrap_or_default().to_string()))
        .collect();
    ticks.sort();
    ticks
}

/// Waits until `count` ticks of the ticker fired.
async fn ticks_at_least(s: &Server, count: usize) -> Vec<(i64, String)> {
    for _ in 0..300 {
        let ticks = scheduled(s, "ticker").await;
        if ticks.len() >= count {
            return ticks;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("fewer than {count} ticks fired");
}

#[tokio::test]
async fn a_schedule_of_every_second_fires_once_per_tick_across_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Server::start_in(dir.path(), &[]);
    let schedules = json!([{"name": "every-second", "cron": "*/1 * * * * *", "payload": b64(b"tock")}]);
    let (status, body) = deploy(
        &s,
        &s.token,
        ORG,
        "ticker",
        json!({"schedules": schedules}),
        &python_draft("def handler(payload, ctx):\n    return payload\n"),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    let before = ticks_at_least(&s, 3).await;

    // A crash, and ticks pass while no server runs.
    s.kill();
    tokio::time::sleep(std::time::Duration::from_millis(2500)).await;
    let s = Server::start_in(dir.path(), &[]);
    let after = ticks_at_least(&s, before.len() + 6).await;

    let ticks: Vec<i64> = after.iter().map(|(t, _)| *t).collect();
    for pair in ticks.windows(2) {
        assert_eq!(pair[1] - pair[0], 1000, "each second once, none lost or repeated across the restart: {ticks:?}");
    }
    for (tick, status) in &after {
        // One running at the kill is failed by the restart (fired once, not re-run).
        assert!(status == "EXECUTION_STATUS_SUCCEEDED" || status == "EXECUTION_STATUS_FAILED", "tick {tick}: {status}");
    }
    assert!(after.iter().filter(|(_, st)| st == "EXECUTION_STATUS_SUCCEEDED").count() >= after.len() - 1);

    let (_, state) = s.call("GET", "/v1/ignite/app/dev/ticker/state", None).await;
    let schedule = &state["schedules"][0];
    assert_eq!(schedule["name"], "every-second", "{state}");
    assert!(ms(&schedule["nextRunMs"]) > ms(&schedule["lastRunMs"]), "{state}");
    let (_, last) =
        s.call("GET", &format!("/v1/ignite/executions/{}", schedule["lastExecutionId"].as_str().unwrap()), None).await;
    assert_eq!(last["execution"]["kind"], "EXECUTION_KIND_SCHEDULE", "{last}");
    assert_eq!(last["execution"]["schedule"], "every-second");

    // Removing the schedule stops it; a bad one is refused, naming the field.
    let clear = json!({"updateMask": ["schedules"]}).to_string();
    let (status, body) = s.call("PATCH", "/v1/ignite/app/dev/ticker/config", Some(&clear)).await;
    assert_eq!(status, 200, "{body}");
    let (_, state) = s.call("GET", "/v1/ignite/app/dev/ticker/state", None).await;
    assert_eq!(state["schedules"], Value::Null, "{state}");
    let bad = json!({"schedules": [{"name": "x", "cron": "every day"}], "updateMask": ["schedules"]}).to_string();
    let (status, body) = s.call("PATCH", "/v1/ignite/app/dev/ticker/config", Some(&bad)).await;
    assert_eq!(status, 400, "{body}");
    assert!(body.to_string().contains("schedules[0].cron"), "{body}");
}
