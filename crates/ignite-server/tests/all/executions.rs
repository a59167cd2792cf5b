//! Durable executions: InvokeAsync, TestDraft, TestAppVersion, Get/Watch, streamed
//! input, and what a crash leaves.

use futures::StreamExt;
use ignite_proto::v1;

use crate::harness::{ORG, Server, authed, python_draft, unb64, wait_terminal};

const SLOW: &str = r#"import time

def handler(payload, ctx):
    time.sleep(0.5)
    return b"version one: " + payload
"#;

async fn publish(s: &Server, app: &str, source: &str) {
    s.call("POST", "/v1/ignite/app/dev", Some(&format!(r#"{{"name":"{app}"}}"#))).await;
    s.call("POST", &format!("/v1/ignite/app/dev/{app}/draft"), Some(&python_draft(source))).await;
    let (status, body) = s.call("POST", &format!("/v1/ignite/app/dev/{app}/draft/publish"), Some("{}")).await;
    assert_eq!(status, 200, "{body}");
}

// InvokeAsync is deprecated upstream but supported: its client method warns.
#[allow(deprecated)]
#[tokio::test]
async fn invoke_async_is_watched_through_running_to_succeeded() {
    let s = Server::start();
    publish(&s, "slow", SLOW).await;
    let mut c = s.grpc().await;
    let started = c
        .invoke_async(authed(
            v1::InvokeAsyncRequest {
                organization_name: ORG.into(),
                app_name: "slow".into(),
                body: b"hi".to_vec(),
                ..Default::default()
            },
            &s.token,
        ))
        .await
        .unwrap()
        .into_inner();
    assert_eq!(started.app_id, "dev/slow");
    let mut watch = c
        .watch_execution(authed(v1::WatchExecutionRequest { execution_id: started.execution_id.clone() }, &s.token))
        .await
        .unwrap()
        .into_inner();
    let mut statuses = Vec::new();
    while let Some(update) = watch.next().await {
        statuses.push(update.unwrap().execution.unwrap().status());
    }
    assert!(statuses.contains(&v1::ExecutionStatus::Running), "{statuses:?}");
    assert_eq!(statuses.last(), Some(&v1::ExecutionStatus::Succeeded), "{statuses:?}");

    let execution = c
        .get_execution(authed(v1::GetExecutionRequest { execution_id: started.execution_id.clone() }, &s.token))
        .await
        .unwrap()
        .into_inner()
        .execution
        .unwrap();
    assert_eq!(execution.output, b"version one: hi");
    assert_eq!(execution.http_status, 200);
    assert_eq!(execution.kind(), v1::ExecutionKind::InvokeAsync);
    assert!(execution.duration_ms >= 500, "{}", execution.duration_ms);

    // A finished execution's watch answers the terminal state at once.
    let mut again = c
        .watch_execution(authed(v1::WatchExecutionRequest { execution_id: started.execution_id.clone() }, &s.token))
        .await
        .unwrap()
        .into_inner();
    assert_eq!(again.next().await.unwrap().unwrap().execution.unwrap().status(), v1::ExecutionStatus::Succeeded);
    assert!(again.next().await.is_none());

    // Over HTTP too; another organization cannot see it.
    let (status, body) = s.call("GET", &format!("/v1/ignite/executions/{}", started.execution_id), None).await;
    assert_eq!((status, unb64(body["execution"]["output"].as_str().unwrap())), (200, b"version one: hi".to_vec()));
    let other = s.new_token("other");
    let (status, _) =
        s.http("GET", &format!("/v1/ignite/executions/{}", started.execution_id), Some(&other), None).await;
    assert_eq!(status, 404);
}

#[tokio::test]
async fn test_draft_and_test_app_version_run_what_they_name() {
    let s = Server::start();
    publish(&s, "svc", "def handler(p, c):\n    return 'one'\n").await;
    s.call("POST", "/v1/ignite/app/dev/svc/draft", Some(&python_draft("def handler(p, c):\n    return 'two'\n"))).await;
    s.call("POST", "/v1/ignite/app/dev/svc/draft/publish", Some("{}")).await;
    s.call("POST", "/v1/ignite/app/dev/svc/draft", Some(&python_draft("def handler(p, c):\n    return p.upper()\n")))
        .await;

    // The documented TestDraft body: runs the unpublished draft.
    let (status, started) =
        s.call("POST", "/v1/ignite/app/dev/svc/draft/test", Some(r#"{"payload":"eyJuYW1lIjoid29ybGQifQ=="}"#)).await;
    assert_eq!(status, 200, "{started}");
    assert_eq!(started["appId"], "dev/svc");
    let e = wait_terminal(&s, started["executionId"].as_str().unwrap()).await;
    assert_eq!(e["status"], "EXECUTION_STATUS_SUCCEEDED");
    assert_eq!(e["kind"], "EXECUTION_KIND_TEST_DRAFT");
    assert_eq!(unb64(e["output"].as_str().unwrap()), br#"{"NAME":"WORLD"}"#);

    // TestAppVersion on the older version returns that version's output.
    let (status, started) = s.call("POST", "/v1/ignite/app/dev/svc/versions/1/test", Some(r#"{"payload":""}"#)).await;
    assert_eq!(status, 200, "{started}");
    let e = wait_terminal(&s, started["executionId"].as_str().unwrap()).await;
    assert_eq!(unb64(e["output"].as_str().unwrap()), b"one");
    assert_eq!(e["version"], 1);

    // A handler error is a FAILED execution with its 500.
    s.call(
        "POST",
        "/v1/ignite/app/dev/svc/draft",
        Some(&python_draft("def handler(p, c):\n    raise KeyError('x')\n")),
    )
    .await;
    let (_, started) = s.call("POST", "/v1/ignite/app/dev/svc/draft/test", Some("{}")).await;
    let e = wait_terminal(&s, started["executionId"].as_str().unwrap()).await;
    assert_eq!((e["status"].as_str(), e["httpStatus"].as_u64()), (Some("EXECUTION_STATUS_FAILED"), Some(500)));

    let (status, _) = s.call("POST", "/v1/ignite/app/dev/svc/versions/7/test", Some("{}")).await;
    assert_eq!(status, 404);
    let (status, _) = s.call("GET", "/v1/ignite/executions/exec-nope", None).await;
    assert_eq!(status, 404);
}

#[allow(deprecated)]
#[tokio::test]
async fn streamed_input_feeds_a_running_execution() {
    let s = Server::start();
    publish(&s, "echo", "def handler(p, c):\n    return b'got ' + p\n").await;
    let mut c = s.grpc().await;
    let started = c
        .invoke_async(authed(
            v1::InvokeAsyncRequest {
                organization_name: ORG.into(),
                app_name: "echo".into(),
                streamed_input: true,
                ..Default::default()
            },
            &s.token,
        ))
        .await
        .unwrap()
        .into_inner();
    let id = started.execution_id.clone();
    let messages = vec![
        v1::StreamExecutionInputRequest { execution_id: id.clone(), chunk: b"ab".to_vec(), end_of_input: false },
        v1::StreamExecutionInputRequest { execution_id: String::new(), chunk: b"cd".to_vec(), end_of_input: true },
    ];
    let resp = c.stream_execution_input(authed(tokio_stream::iter(messages), &s.token)).await.unwrap().into_inner();
    assert_eq!(resp.bytes_received, 4);
    let e = wait_terminal(&s, &id).await;
    assert_eq!(unb64(e["output"].as_str().unwrap()), b"got abcd");

    // A finished execution takes no more input; an unknown one is not found.
    let late =
        vec![v1::StreamExecutionInputRequest { execution_id: id.clone(), chunk: b"x".to_vec(), end_of_input: true }];
    let err = c.stream_execution_input(authed(tokio_stream::iter(late), &s.token)).await.unwrap_err();
    assert_eq!(err.code(), tonic::Code::FailedPrecondition, "{}", err.message());
    let unknown =
        vec![v1::StreamExecutionInputRequest { execution_id: "exec-x".into(), chunk: vec![], end_of_input: true }];
    let err = c.stream_execution_input(authed(tokio_stream::iter(unknown), &s.token)).await.unwrap_err();
    assert_eq!(err.code(), tonic::Code::NotFound);
}

#[tokio::test]
async fn executions_in_flight_at_a_crash_are_never_lost() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Server::start_in(dir.path(), &[]);
    publish(&s, "slow", "import time\n\ndef handler(p, c):\n    time.sleep(1)\n    return p\n").await;
    let mut ids = Vec::new();
    for i in 0..50 {
        let body = serde_json::json!({"body": crate::harness::b64(format!("job {i}").as_bytes())}).to_string();
        let (status, started) = s.call("POST", "/v1/ignite/app/dev/slow/invoke-async", Some(&body)).await;
        assert_eq!(status, 200, "{started}");
        ids.push(started["executionId"].as_str().unwrap().to_string());
    }
    s.kill();
    let s = Server::start_in(dir.path(), &[]);
    let (mut failed, mut rerun) = (0, 0);
    for id in &ids {
        let e = wait_terminal(&s, id).await;
        match e["status"].as_str().unwrap() {
            "EXECUTION_STATUS_SUCCEEDED" => {}
            "EXECUTION_STATUS_FAILED" => {
                assert!(e["error"].as_str().unwrap().contains("server stopped"), "{e}");
                failed += 1;
            }
            other => panic!("{id}: {other}"),
        }
        if e["attempt"].as_u64().unwrap_or(0) >= 2 {
            rerun += 1;
        }
    }
    if crate::harness::shared_database() {
        // Queued under leases: the next server claims what the killed one held.
        assert_eq!(failed, 0, "a shared store re-runs what a dead server held");
        assert!(rerun > 0, "the kill interrupted some executions, which ran again");
    } else {
        // One server alone: what it ran is failed, never re-run.
        assert!(failed > 0 && rerun == 0, "the kill interrupted some executions ({failed} failed, {rerun} re-run)");
    }
}

#[tokio::test]
async fn invoke_async_with_one_idempotency_key_runs_once() {
    let s = Server::start();
    publish(&s, "once", "def handler(payload, ctx):\n    print('ran ' + payload.decode())\n    return payload\n").await;
    let start = |body: &[u8], key: Option<&str>| {
        let mut request = reqwest::Client::new()
            .post(format!("http://{}/v1/ignite/app/dev/once/invoke-async", s.addr))
            .bearer_auth(&s.token)
            .body(serde_json::json!({"body": crate::harness::b64(body)}).to_string());
        if let Some(key) = key {
            request = request.header("Idempotency-Key", key);
        }
        async move {
            let resp = request.send().await.unwrap();
            let status = resp.status().as_u16();
            (status, resp.json::<serde_json::Value>().await.unwrap())
        }
    };
    let (status, first) = start(b"a", Some("order-1")).await;
    assert_eq!(status, 200, "{first}");
    // The same key (here in the body): the first execution, not a second run.
    let body = serde_json::json!({"body": crate::harness::b64(b"b"), "idempotencyKey": "order-1"}).to_string();
    let (status, again) = s.call("POST", "/v1/ignite/app/dev/once/invoke-async", Some(&body)).await;
    assert_eq!(status, 200, "{again}");
    assert_eq!(again["executionId"], first["executionId"]);
    // Another key runs.
    let (status, other) = start(b"c", Some("order-2")).await;
    assert_eq!(status, 200, "{other}");
    assert_ne!(other["executionId"], first["executionId"]);
    for e in [&first, &other] {
        let ended = wait_terminal(&s, e["executionId"].as_str().unwrap()).await;
        assert_eq!(ended["status"], "EXECUTION_STATUS_SUCCEEDED", "{ended}");
    }
    let (_, logs) = s.call("GET", "/v1/ignite/app/dev/once/logs", None).await;
    let mut ran: Vec<&str> = logs["lines"].as_array().unwrap().iter().filter_map(|l| l["line"].as_str()).collect();
    ran.sort();
    assert_eq!(ran, ["ran a", "ran c"], "the repeated key ran nothing");

    let (status, refused) = start(b"d", Some(&"k".repeat(256))).await;
    assert_eq!(status, 400, "{refused}");
    assert!(refused.to_string().contains("idempotency_key"), "names the field: {refused}");
}
