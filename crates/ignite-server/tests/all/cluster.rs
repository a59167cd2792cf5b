//! Servers sharing one PostgreSQL store: two API servers and two workers, separate
//! processes on loopback. Runs in the matrix's PostgreSQL run (`IGNITE_TEST_POSTGRES`);
//! with SQLite a server is alone and there is no cluster to test.

use std::time::{Duration, Instant};

use futures::StreamExt;
use ignite_proto::v1;
use serde_json::json;

use crate::harness::{Server, authed, b64, cluster_database, invoke_text, python_draft};

const APP: &str = "import time\n\ndef handler(payload, ctx):\n    text = payload.decode()\n    print('served ' + text)\n    if text.startswith('slow'):\n        time.sleep(1)\n    if text.startswith('long'):\n        time.sleep(600)\n    return 'VERSION ' + text\n";

fn source(version: &str) -> String {
    APP.replace("VERSION", version)
}

/// Starts a server of `role` named `name` on the shared database, with the cluster's
/// token.
fn node(database: &str, role: &str, name: &str, token: &str) -> Server {
    let env = [("IGNITE_DATABASE", database), ("IGNITE_SHARED_BLOB_GRACE_SECS", "0")];
    let mut server = Server::start_with_env(&["--role", role, "--node-name", name], &env);
    if !token.is_empty() {
        server.token = token.to_string();
    }
    server
}

async fn save_and_publish(s: &Server, app: &str, version: &str) {
    let (status, body) =
        s.call("POST", &format!("/v1/ignite/app/dev/{app}/draft"), Some(&python_draft(&source(version)))).await;
    assert_eq!(status, 200, "{body}");
    let (status, body) = s.call("POST", &format!("/v1/ignite/app/dev/{app}/draft/publish"), Some("{}")).await;
    assert_eq!(status, 200, "{body}");
}

async fn execution(s: &Server, id: &str) -> serde_json::Value {
    let (status, body) = s.call("GET", &format!("/v1/ignite/executions/{id}"), None).await;
    assert_eq!(status, 200, "{body}");
    body["execution"].clone()
}

async fn wait_all_terminal(s: &Server, ids: &[String], within: Duration) -> Vec<serde_json::Value> {
    let deadline = Instant::now() + within;
    let mut done = Vec::new();
    for id in ids {
        loop {
            let e = execution(s, id).await;
            let status = e["status"].as_str().unwrap_or_default();
            if !status.ends_with("PENDING") && !status.ends_with("RUNNING") {
                done.push(e);
                break;
            }
            assert!(Instant::now() < deadline, "execution {id} is still {status}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
    done
}

#[allow(deprecated)]
#[tokio::test]
async fn api_servers_and_workers_share_apps_logs_and_executions_and_lose_none_when_one_dies() {
    let Some((database, _names_it)) = cluster_database() else {
        eprintln!("the cluster needs PostgreSQL: this runs in the matrix's PostgreSQL run");
        return;
    };
    // The first server writes the first-start token; the others join the store.
    let mut workers = vec![node(&database, "worker", "w0", "")];
    let token = workers[0].token.clone();
    assert!(!token.is_empty());
    workers.push(node(&database, "worker", "w1", &token));
    workers.push(node(&database, "worker", "w2", &token));
    let mut a = node(&database, "api", "a", &token);
    let b = node(&database, "api", "b", &token);

    // Published through A: invocable through B at once, and so is the next version.
    let (status, body) = a.call("POST", "/v1/ignite/app/dev", Some(r#"{"name":"shared"}"#)).await;
    assert_eq!(status, 200, "{body}");
    save_and_publish(&a, "shared", "v1").await;
    let (status, output, trailer) = invoke_text(&b, &token, "dev", "shared", b"first").await;
    assert_eq!((status, output.as_str()), (200, "v1 first"), "{trailer}");
    save_and_publish(&a, "shared", "v2").await;
    let (status, output, trailer) = invoke_text(&b, &token, "dev", "shared", b"second").await;
    assert_eq!((status, output.as_str()), (200, "v2 second"), "B runs the version A just published: {trailer}");

    // Logs streamed from B show a call served through A.
    let mut tail = b
        .grpc()
        .await
        .stream_app_logs(authed(
            v1::StreamAppLogsRequest {
                organization_name: "dev".into(),
                app_name: "shared".into(),
                ..Default::default()
            },
            &token,
        ))
        .await
        .unwrap()
        .into_inner();
    let (status, _, _) = invoke_text(&a, &token, "dev", "shared", b"through-a").await;
    assert_eq!(status, 200);
    let line = tokio::time::timeout(Duration::from_secs(15), async {
        loop {
            let line = tail.next().await.expect("the tail stays open").unwrap();
            if line.line.contains("served through-a") {
                return line;
            }
        }
    })
    .await
    .expect("B's tail shows the line of the call served through A");
    assert!(!line.replica_id.is_empty());

    // A compile started through A runs on a worker; its log streams through B.
    let deno =
        "import { start } from \"ignite\";\n\nstart((payload) => \"deno \" + new TextDecoder().decode(payload));\n";
    let draft = json!({"code": {"compile": {"runtime": {"deno": {}}, "sourceCode": b64(&crate::harness::tar_gz(&[("main.ts", deno)]))}}});
    a.call("POST", "/v1/ignite/app/dev", Some(r#"{"name":"compiled"}"#)).await;
    let (status, body) = a.call("POST", "/v1/ignite/app/dev/compiled/draft", Some(&draft.to_string())).await;
    assert_eq!(status, 200, "{body}");
    let (status, body) = a.call("POST", "/v1/ignite/app/dev/compiled/draft/compile", Some("{}")).await;
    assert_eq!(status, 200, "{body}");
    let deploy_id = body["deployId"].as_str().unwrap().to_string();
    let mut log = b
        .grpc()
        .await
        .stream_compile_logs(authed(v1::StreamCompileLogsRequest { deploy_id, from_start: true }, &token))
        .await
        .unwrap()
        .into_inner();
    let mut text = Vec::new();
    while let Some(chunk) = tokio::time::timeout(Duration::from_secs(120), log.next()).await.expect("the log goes on") {
        text.extend(chunk.unwrap().data);
    }
    let text = String::from_utf8_lossy(&text);
    assert!(text.contains("compile succeeded"), "B streams the whole log of the compile: {text}");
    let (status, body) = a.call("POST", "/v1/ignite/app/dev/compiled/draft/publish", Some("{}")).await;
    assert_eq!(status, 200, "{body}");
    let (status, output, trailer) = invoke_text(&b, &token, "dev", "compiled", b"built").await;
    assert_eq!((status, output.as_str()), (200, "deno built"), "{trailer}");

    // A worker killed mid-call fails that call with UNAVAILABLE; the next call goes to
    // another worker. Which one serves the app: its replicas say (they are listed by the
    // worker that serves it).
    let (status, listed) = b.call("GET", "/v1/ignite/app/dev/shared/replicas", None).await;
    assert_eq!(status, 200, "{listed}");
    let serving = listed["replicas"][0]["nodeName"].as_str().expect("a replica of the serving worker").to_string();
    let mut client = b.grpc().await;
    let request = authed(
        v1::InvokeRequest {
            organization_name: "dev".into(),
            app_name: "shared".into(),
            body: b"slow in flight".to_vec(),
            ..Default::default()
        },
        &token,
    );
    // The call runs for a second; its worker dies 400 ms in.
    let call = tokio::spawn(async move {
        let mut frames = client.invoke(request).await?.into_inner();
        while let Some(frame) = frames.next().await {
            frame?;
        }
        Ok::<(), tonic::Status>(())
    });
    tokio::time::sleep(Duration::from_millis(400)).await;
    let victim = workers.iter().position(|w| w.node_name() == serving).expect("the serving worker");
    workers.remove(victim).kill();
    let failure = call.await.unwrap().err();
    let failure = failure.expect("the call in flight fails");
    assert_eq!(failure.code(), tonic::Code::Unavailable, "{failure:?}");
    let (status, output, trailer) = invoke_text(&b, &token, "dev", "shared", b"next").await;
    assert_eq!((status, output.as_str()), (200, "v2 next"), "the next call goes to another worker: {trailer}");

    // 100 async executions through both API servers; a worker is killed mid-load.
    let mut ids = Vec::new();
    for i in 0..100 {
        let via = if i % 2 == 0 { &a } else { &b };
        let body = json!({"body": b64(format!("slow {i}").as_bytes())}).to_string();
        let (status, started) = via.call("POST", "/v1/ignite/app/dev/shared/invoke-async", Some(&body)).await;
        assert_eq!(status, 200, "{started}");
        ids.push(started["executionId"].as_str().unwrap().to_string());
    }
    tokio::time::sleep(Duration::from_millis(1500)).await;
    workers[0].kill();
    let ended = wait_all_terminal(&b, &ids, Duration::from_secs(180)).await;
    let mut reclaimed = 0;
    for (i, e) in ended.iter().enumerate() {
        assert_eq!(e["status"], "EXECUTION_STATUS_SUCCEEDED", "none is lost: {e}");
        assert_eq!(crate::harness::unb64(e["output"].as_str().unwrap()), format!("v2 slow {i}").as_bytes(), "{e}");
        let attempt = e["attempt"].as_u64().unwrap();
        assert!((1..=2).contains(&attempt), "{e}");
        reclaimed += usize::from(attempt == 2);
    }
    eprintln!("re-claimed after the kill: {reclaimed}");
    assert!(reclaimed > 0, "the killed worker held executions, which ran again as attempt 2");

    // An API server killed while a client follows an execution leaves it intact.
    let body = json!({"body": b64(b"slow watched")}).to_string();
    let (status, started) = a.call("POST", "/v1/ignite/app/dev/shared/invoke-async", Some(&body)).await;
    assert_eq!(status, 200, "{started}");
    let id = started["executionId"].as_str().unwrap().to_string();
    let mut watch = a
        .grpc()
        .await
        .watch_execution(authed(v1::WatchExecutionRequest { execution_id: id.clone() }, &token))
        .await
        .unwrap()
        .into_inner();
    assert!(watch.next().await.unwrap().is_ok(), "the watch starts");
    a.kill();
    assert!(
        tokio::time::timeout(Duration::from_secs(10), watch.next())
            .await
            .is_ok_and(|next| next.is_none_or(|r| r.is_err())),
        "the stream of the killed server ends"
    );
    let ended = wait_all_terminal(&b, std::slice::from_ref(&id), Duration::from_secs(60)).await;
    assert_eq!(ended[0]["status"], "EXECUTION_STATUS_SUCCEEDED", "{}", ended[0]);
    assert_eq!(ended[0]["attempt"], 1, "{}", ended[0]);

    // Cancelled through an API server, an execution a worker runs ends CANCELLED and its
    // worker stops the guest (the event is relayed to every server).
    let body = json!({"body": b64(b"long cancelled")}).to_string();
    let (status, started) = b.call("POST", "/v1/ignite/app/dev/shared/invoke-async", Some(&body)).await;
    assert_eq!(status, 200, "{started}");
    let id = started["executionId"].as_str().unwrap().to_string();
    let deadline = Instant::now() + Duration::from_secs(30);
    while execution(&b, &id).await["status"] != "EXECUTION_STATUS_RUNNING" {
        assert!(Instant::now() < deadline, "the execution never ran");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let (status, cancelled) = b.call("POST", &format!("/v1/ignite/executions/{id}/cancel"), Some("{}")).await;
    assert_eq!(status, 200, "{cancelled}");
    assert_eq!(cancelled["execution"]["status"], "EXECUTION_STATUS_CANCELLED", "{cancelled}");
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let (_, events) = b.call("GET", "/v1/ignite/app/dev/shared/events", None).await;
        if events.to_string().contains("was cancelled") {
            break;
        }
        assert!(Instant::now() < deadline, "the worker never stopped the cancelled guest: {events}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert_eq!(execution(&b, &id).await["status"], "EXECUTION_STATUS_CANCELLED", "no result after the cancel");

    // Every server looks for due ticks; each tick of a schedule fires once.
    let config = json!({"schedules": [{"name": "each-second", "cron": "* * * * * *"}], "updateMask": ["schedules"]});
    let (status, body) = b.call("PATCH", "/v1/ignite/app/dev/shared/config", Some(&config.to_string())).await;
    assert_eq!(status, 200, "{body}");
    tokio::time::sleep(Duration::from_secs(5)).await;
    let clear = json!({"updateMask": ["schedules"]}).to_string();
    let (status, body) = b.call("PATCH", "/v1/ignite/app/dev/shared/config", Some(&clear)).await;
    assert_eq!(status, 200, "{body}");
    let path = "/v1/ignite/app/dev/shared/executions?kind=EXECUTION_KIND_SCHEDULE&limit=500";
    let (status, listed) = b.call("GET", path, None).await;
    assert_eq!(status, 200, "{listed}");
    let mut ticks: Vec<i64> = listed["executions"]
        .as_array()
        .expect("ticks fired")
        .iter()
        .map(|e| e["scheduledAtMs"].as_str().unwrap().parse().unwrap())
        .collect();
    ticks.sort();
    assert!(ticks.len() >= 3, "{ticks:?}");
    for pair in ticks.windows(2) {
        assert_eq!(pair[1] - pair[0], 1000, "each second once across the servers: {ticks:?}");
    }
}
