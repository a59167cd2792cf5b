//! The SDK against a real server: its example end to end, errors with codes and fields,
//! streams, and retries that stop at a server that never comes.

use std::time::{Duration, Instant};

use futures::StreamExt;
use ignite_client::{Client, Code, v1};

#[path = "../examples/deploy_and_invoke.rs"]
#[allow(dead_code)]
mod example;

#[tokio::test(flavor = "multi_thread")]
async fn the_example_deploys_and_invokes_and_errors_carry_code_and_field() {
    let dir = tempfile::tempdir().unwrap();
    let local = ignite_server::server::spawn_local(&dir.path().join("data"), "dev").await.unwrap();
    let body = example::run(&local.url, &local.token).await.expect("the example runs");
    assert_eq!(body, r#"{"greeting": "Hello, SDK!"}"#);
    // Again: the app exists, so the example saves a new draft and publishes version 2.
    example::run(&local.url, &local.token).await.expect("the example runs twice");

    let client = Client::builder(&local.url).token(&local.token).connect().await.unwrap();
    let versions = client
        .list_app_versions(v1::ListAppVersionsRequest { organization_name: "dev".into(), app_name: "greeter".into() })
        .await
        .unwrap();
    assert_eq!(versions.versions.len(), 2);

    let err = client
        .get_app(v1::GetAppRequest { organization_name: "dev".into(), app_name: "Bad Name".into() })
        .await
        .unwrap_err();
    assert_eq!((err.code, err.field.as_deref()), (Code::InvalidArgument, Some("app_name")), "{err}");
    let err = client
        .get_app(v1::GetAppRequest { organization_name: "dev".into(), app_name: "missing".into() })
        .await
        .unwrap_err();
    assert_eq!(err.code, Code::NotFound);
    let anonymous = Client::builder(&local.url).connect().await.unwrap();
    let err = anonymous.list_apps(v1::ListAppsRequest { organization_name: "dev".into(), ..Default::default() }).await;
    assert_eq!(err.unwrap_err().code, Code::Unauthenticated);
    assert_eq!(anonymous.health_check(v1::HealthCheckRequest {}).await.unwrap().status, "SERVING");

    // A stream: the app's events as they come (the next publish is one).
    let mut events = client
        .stream_app_events(v1::StreamAppEventsRequest {
            organization_name: "dev".into(),
            app_name: "greeter".into(),
            ..Default::default()
        })
        .await
        .unwrap();
    example::run(&local.url, &local.token).await.unwrap();
    let published = tokio::time::timeout(Duration::from_secs(10), async {
        while let Some(event) = events.next().await {
            let event = event.unwrap();
            if event.kind == v1::AppEventKind::Published as i32 {
                return event;
            }
        }
        panic!("the event stream ended");
    })
    .await
    .expect("a Published event");
    assert_eq!(published.message, "version 3 published");
}

#[tokio::test]
async fn reads_retry_with_backoff_then_report_unavailable() {
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let client = Client::builder(format!("http://127.0.0.1:{port}"))
        .retries(2, Duration::from_millis(100))
        .connect()
        .await
        .unwrap();
    let started = Instant::now();
    let err = client.health_check(v1::HealthCheckRequest {}).await.unwrap_err();
    assert_eq!(err.code, Code::Unavailable, "{err}");
    // Two retries slept 100 + 200 ms before giving up (a lower bound: never flaky).
    assert!(started.elapsed() >= Duration::from_millis(300));
    let err = client.delete_app(v1::DeleteAppRequest::default()).await.unwrap_err();
    assert_eq!(err.code, Code::Unavailable, "a write fails the same way, without retries");
}
