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

/// The scheduled executions of `app`: (tick, execution id), oldest first.
async fn scheduled(s: &Server, app: &str) -> Vec<(i64, String)> {
    let (status, listed) = s
        .call("GET", &format!("/v1/ignite/app/dev/{app}/executions?kind=EXECUTION_KIND_SCHEDULE&limit=500"), None)
        .await;
    assert_eq!(status, 200, "{listed}");
    let mut ticks: Vec<(i64, String)> = listed["executions"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|e| (ms(&e["scheduledAtMs"]), e["executionId"].as_str().unwrap_or_default().to_string()))
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
    let mut succeeded = 0;
    for (tick, id) in &after {
        // One running at the kill: a server alone fails it at the restart (fired once,
        // not re-run); servers sharing PostgreSQL run it again once its lease lapses.
        let status = wait_terminal(&s, id).await["status"].as_str().unwrap().to_string();
        assert!(status == "EXECUTION_STATUS_SUCCEEDED" || status == "EXECUTION_STATUS_FAILED", "tick {tick}: {status}");
        succeeded += usize::from(status == "EXECUTION_STATUS_SUCCEEDED");
    }
    assert!(succeeded >= after.len() - 1, "{succeeded} of {} succeeded", after.len());

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

/// The posts a receiver got: headers and body.
type Received = std::sync::Arc<std::sync::Mutex<Vec<(http::HeaderMap, Vec<u8>)>>>;

/// A callback receiver on loopback: answers 500 to its first post, 200 after.
async fn receiver() -> (std::net::SocketAddr, Received) {
    let received = Received::default();
    let kept = received.clone();
    let app = axum::Router::new().route(
        "/hook",
        axum::routing::post(move |headers: http::HeaderMap, body: bytes::Bytes| {
            let kept = kept.clone();
            async move {
                let mut all = kept.lock().unwrap();
                all.push((headers, body.to_vec()));
                if all.len() == 1 { http::StatusCode::INTERNAL_SERVER_ERROR } else { http::StatusCode::OK }
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (addr, received)
}

async fn callback_ended(s: &Server, id: &str) -> Value {
    for _ in 0..300 {
        let (_, e) = s.call("GET", &format!("/v1/ignite/executions/{id}"), None).await;
        let status = e["execution"]["callbackStatus"].as_str().unwrap_or_default().to_string();
        if status.ends_with("DELIVERED") || status.ends_with("FAILED") {
            return e["execution"].clone();
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("the callback of {id} never ended");
}

#[tokio::test]
async fn a_completion_callback_is_signed_retried_and_kept_off_private_addresses_unless_allowed() {
    let (addr, received) = receiver().await;
    // This server's operator allows the receiver's loopback address.
    let s = Server::start_with(&["--allow-private-egress", "127.0.0.1"]);
    let (status, body) = deploy(&s, &s.token, ORG, "notify", json!({}), &python_draft(FLAKY)).await;
    assert_eq!(status, 200, "{body}");
    let (status, secret) = s.call("GET", "/v1/ignite/app/dev/notify/callback-secret", None).await;
    assert_eq!(status, 200, "{secret}");
    let secret = secret["secret"].as_str().unwrap().to_string();

    let resp = reqwest::Client::new()
        .post(format!("http://{}/v1/ignite/app/dev/notify/invoke-async", s.addr))
        .bearer_auth(&s.token)
        .header("X-Callback-Url", format!("http://{addr}/hook"))
        .body(json!({"body": b64(b"x")}).to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 200);
    let id = resp.json::<Value>().await.unwrap()["executionId"].as_str().unwrap().to_string();
    let e = callback_ended(&s, &id).await;
    assert_eq!(e["callbackStatus"], "CALLBACK_STATUS_DELIVERED", "{e}");
    assert_eq!(e["callbackAttempts"], 2, "the receiver's 500 was retried: {e}");

    let posts = received.lock().unwrap().clone();
    assert_eq!(posts.len(), 2);
    let (headers, body) = &posts[1];
    let timestamp = headers["x-ignite-timestamp"].to_str().unwrap();
    let mut signed = format!("{timestamp}.").into_bytes();
    signed.extend_from_slice(body);
    use hmac::Mac;
    let mut mac = <hmac::Hmac<sha2::Sha256> as Mac>::new_from_slice(secret.as_bytes()).unwrap();
    mac.update(&signed);
    let expected = format!("v1={}", hex::encode(mac.finalize().into_bytes()));
    assert_eq!(headers["x-ignite-signature"].to_str().unwrap(), expected, "the signature verifies");
    assert_eq!(headers["x-ignite-execution-id"].to_str().unwrap(), id);
    let posted: Value = serde_json::from_slice(body).unwrap();
    assert_eq!(posted["executionId"], id.as_str());
    assert_eq!(posted["status"], "EXECUTION_STATUS_FAILED", "the flaky handler's first call fails: {posted}");

    // A server whose operator allows nothing private refuses loopback callbacks: an
    // address at once, a name that resolves to one when the callback is due.
    let strict = Server::start();
    let (status, body) = deploy(&strict, &strict.token, ORG, "notify", json!({}), &python_draft(FLAKY)).await;
    assert_eq!(status, 200, "{body}");
    let request = json!({"body": b64(b"x"), "callbackUrl": format!("http://{addr}/hook")}).to_string();
    let (status, refused) = strict.call("POST", "/v1/ignite/app/dev/notify/invoke-async", Some(&request)).await;
    assert_eq!(status, 400, "{refused}");
    assert!(refused.to_string().contains("callback_url") || refused.to_string().contains("callbackUrl"), "{refused}");
    let request =
        json!({"body": b64(b"x"), "callbackUrl": format!("http://localhost:{}/hook", addr.port())}).to_string();
    let (status, started) = strict.call("POST", "/v1/ignite/app/dev/notify/invoke-async", Some(&request)).await;
    assert_eq!(status, 200, "{started}");
    let e = callback_ended(&strict, started["executionId"].as_str().unwrap()).await;
    assert_eq!(e["callbackStatus"], "CALLBACK_STATUS_FAILED", "{e}");
    assert!(e["callbackError"].as_str().unwrap().contains("refused"), "{e}");
    assert_eq!(received.lock().unwrap().len(), 2, "nothing reached the receiver");
}
