//! One tenant or one anonymous client trying to exhaust the server: floods of output,
//! archive bombs, absurd request numbers, slow and oversized requests, input that never
//! comes, bursts past the rate limit, quotas. Each test measures the server's resident
//! memory and checks that the server keeps serving.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use ignite_proto::v1;
use serde_json::{Value, json};

use crate::harness::{ORG, Server, authed, b64, deploy, invoke_text, python_draft, wait_terminal};

/// The server's resident memory, in MB.
fn rss_mb(s: &Server) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{}/status", s.pid())).unwrap();
    let kb: u64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches(" kB").parse().ok())
        .unwrap();
    kb / 1024
}

/// Asserts the server grew by less than `mb` since `baseline`, and still serves.
async fn assert_bounded(s: &Server, baseline: u64, mb: u64) {
    let now = rss_mb(s);
    assert!(now < baseline + mb, "the server's memory grew from {baseline} MB to {now} MB");
    let (status, health) = s.http("GET", "/v1/ignite/health", None, None).await;
    assert_eq!((status, &health["status"]), (200, &json!("SERVING")));
}

#[tokio::test]
async fn a_guest_printing_gigabytes_without_a_newline_costs_one_line() {
    let s = Server::start();
    let baseline = rss_mb(&s);
    // 2 GiB on stdout at import time (the zygote's own output), no newline.
    let flood = "import sys\nchunk = 'x' * (1 << 20)\nfor _ in range(2048):\n    sys.stdout.write(chunk)\nsys.stdout.flush()\n\ndef handler(payload, ctx):\n    return 'still here'\n";
    let (status, body) =
        deploy(&s, &s.token, ORG, "flood", json!({"limits": {"timeoutSecs": 120}}), &python_draft(flood)).await;
    assert_eq!(status, 200, "{body}");
    let (status, out, _) = invoke_text(&s, &s.token, ORG, "flood", b"").await;
    assert_eq!((status, out.as_str()), (200, "still here"));
    let (_, logs) = s.call("GET", "/v1/ignite/app/dev/flood/logs", None).await;
    let truncated = logs.to_string().contains("line truncated");
    assert!(truncated, "the long line is cut with a marker");
    assert_bounded(&s, baseline, 200).await;
}

#[tokio::test]
async fn a_gzip_bomb_stops_at_the_archive_limit() {
    let s = Server::start();
    let baseline = rss_mb(&s);
    // 4 GiB of zeros in a few megabytes.
    let mut tar = tar::Builder::new(flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best()));
    let mut header = tar::Header::new_gnu();
    header.set_size(4 << 30);
    header.set_mode(0o644);
    header.set_cksum();
    tar.append_data(&mut header, "handler.py", std::io::repeat(0).take(4 << 30)).unwrap();
    let bomb = tar.into_inner().unwrap().finish().unwrap();
    assert!(bomb.len() < 16 << 20, "{} bytes", bomb.len());
    let draft = json!({"code": {"compile": {"runtime": {"python": {}}, "sourceCode": b64(&bomb)}}}).to_string();
    s.call("POST", "/v1/ignite/app/dev", Some(r#"{"name":"bomb"}"#)).await;
    let (status, body) = s.call("POST", "/v1/ignite/app/dev/bomb/draft", Some(&draft)).await;
    assert_eq!(status, 200, "{body}");
    let (draft, _) = crate::security::compile(&s, &s.token, ORG, "bomb").await;
    assert_eq!(draft["status"], "VERSION_STATUS_FAILED", "{draft}");
    assert!(draft["error"].as_str().unwrap().contains("expands past the limit"), "{draft}");
    assert_bounded(&s, baseline, 200).await;
}

#[tokio::test]
async fn request_numbers_out_of_range_are_clear_errors() {
    let s = Server::start();
    s.call("POST", "/v1/ignite/app/dev", Some(r#"{"name":"stats"}"#)).await;
    for query in [
        format!("startMs={}", i64::MIN),
        format!("startMs=1&endMs={}", i64::MIN),
        format!("startMs=0&endMs={}", i64::MAX),
    ] {
        let (status, body) = s.call("GET", &format!("/v1/ignite/app/dev/stats/stats/executions?{query}"), None).await;
        assert!(status == 400 || status == 200, "{query}: {status} {body}");
        if status == 400 {
            assert!(body.to_string().contains("_ms"), "{query}: names the field: {body}");
        } else {
            assert!(body["buckets"].as_array().is_none_or(|b| b.len() <= 10_000), "{query}: bounded");
        }
    }
    let (status, _) = s.http("GET", "/v1/ignite/health", None, None).await;
    assert_eq!(status, 200);
}

#[tokio::test]
async fn a_slow_client_is_cut_off_and_an_anonymous_body_is_never_read() {
    let s = Server::start();
    let baseline = rss_mb(&s);
    // Slowloris: a head that never ends.
    let mut slow = TcpStream::connect(s.addr).unwrap();
    slow.write_all(b"GET /v1/ignite/health HTTP/1.1\r\nHost: x\r\n").unwrap();
    slow.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    let started = Instant::now();
    let mut rest = Vec::new();
    let _ = slow.read_to_end(&mut rest);
    assert!(started.elapsed() < Duration::from_secs(25), "the server closed the connection itself");

    // 64 MiB announced without a token: answered 401 before a byte of it is read.
    let mut big = TcpStream::connect(s.addr).unwrap();
    big.write_all(b"POST /v1/ignite/app/dev HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 67108864\r\n\r\n")
        .unwrap();
    big.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let mut answer = [0u8; 64];
    let n = big.read(&mut answer).unwrap();
    let answer = String::from_utf8_lossy(&answer[..n]);
    assert!(answer.starts_with("HTTP/1.1 401"), "{answer}");
    assert_bounded(&s, baseline, 100).await;
}

#[allow(deprecated)]
#[tokio::test]
async fn streamed_input_that_never_comes_times_out_without_holding_the_replica() {
    let s = Server::start();
    let config = json!({"limits": {"timeoutSecs": 2}, "maxConcurrency": 4, "scaling": {"maxReplicas": 1}});
    let (status, body) =
        deploy(&s, &s.token, ORG, "echo", config, &python_draft("def handler(p, c):\n    return b'got ' + p\n")).await;
    assert_eq!(status, 200, "{body}");
    let mut c = s.grpc().await;
    let request = v1::InvokeAsyncRequest {
        organization_name: ORG.into(),
        app_name: "echo".into(),
        streamed_input: true,
        ..Default::default()
    };
    let started = c.invoke_async(authed(request, &s.token)).await.unwrap().into_inner();
    // Meanwhile another call on the same replica is served at once.
    tokio::time::sleep(Duration::from_millis(300)).await;
    let (status, out, _) = invoke_text(&s, &s.token, ORG, "echo", b"now").await;
    assert_eq!((status, out.as_str()), (200, "got now"));
    let execution = wait_terminal(&s, &started.execution_id).await;
    assert_eq!(execution["status"], "EXECUTION_STATUS_TIMEOUT", "{execution}");
}

#[tokio::test]
async fn another_organizations_live_build_log_is_not_found() {
    let s = Server::start();
    // A build that takes a while (its build script sleeps).
    let project = crate::harness::tar_gz(&[
        ("Cargo.toml", "[package]\nname = \"slow\"\nversion = \"0.1.0\"\nedition = \"2021\"\n"),
        ("build.rs", "fn main() { std::thread::sleep(std::time::Duration::from_secs(60)); }\n"),
        ("src/main.rs", "fn main() {}\n"),
    ]);
    let draft = json!({"code": {"compile": {"runtime": {"rust": {}}, "sourceCode": b64(&project)}}}).to_string();
    s.call("POST", "/v1/ignite/app/dev", Some(r#"{"name":"slow"}"#)).await;
    s.call("POST", "/v1/ignite/app/dev/slow/draft", Some(&draft)).await;
    let (status, body) = s.call("POST", "/v1/ignite/app/dev/slow/draft/compile", Some("{}")).await;
    assert_eq!(status, 200, "{body}");
    let build_id = body["deployId"].as_str().unwrap().to_string();
    let (_, live) = s.call("GET", &format!("/v1/ignite/app/dev/slow/builds/{build_id}/log"), None).await;
    assert_eq!(live["found"], true, "{live}");

    let other = s.new_token("other");
    s.http("POST", "/v1/ignite/app/other", Some(&other), Some(r#"{"name":"slow"}"#)).await;
    let (status, log) =
        s.http("GET", &format!("/v1/ignite/app/other/slow/builds/{build_id}/log"), Some(&other), None).await;
    assert_eq!(status, 200, "{log}");
    assert_ne!(log["found"], true, "another organization sees nothing of it: {log}");
    assert!(log["log"].as_str().is_none_or(str::is_empty), "{log}");
}

fn set_quota(s: &Server, org: &str, args: &[&str]) {
    let mut all = vec!["org", "set-quota", "--org", org];
    all.extend_from_slice(args);
    s.admin(&all);
}

#[tokio::test]
async fn bursts_past_the_rate_limit_and_quotas_are_refused_with_the_reason() {
    let s = Server::start();
    let baseline = rss_mb(&s);
    let token = s.new_token("busy");
    set_quota(&s, "busy", &["--requests-per-second", "2", "--max-apps", "1"]);
    // The quota is read again within seconds of a change.
    tokio::time::sleep(Duration::from_secs(6)).await;

    let (status, body) = s.http("POST", "/v1/ignite/app/busy", Some(&token), Some(r#"{"name":"one"}"#)).await;
    assert_eq!(status, 200, "{body}");
    tokio::time::sleep(Duration::from_secs(2)).await;
    let (status, body) = s.http("POST", "/v1/ignite/app/busy", Some(&token), Some(r#"{"name":"two"}"#)).await;
    assert_eq!(status, 429, "{body}");
    assert!(body["message"].as_str().unwrap().contains("max_apps"), "names the quota: {body}");

    let mut limited = None;
    for _ in 0..20 {
        let resp = reqwest::Client::new()
            .get(format!("http://{}/v1/ignite/app/busy", s.addr))
            .bearer_auth(&token)
            .send()
            .await
            .unwrap();
        if resp.status() == 429 {
            limited = Some(resp);
            break;
        }
    }
    let resp = limited.expect("a burst over 2 requests a second is limited");
    let retry: u64 = resp.headers()["retry-after"].to_str().unwrap().parse().unwrap();
    assert!((1..=2).contains(&retry), "Retry-After: {retry}");
    let body: Value = resp.json().await.unwrap();
    assert!(body["message"].as_str().unwrap().contains("rate limit"), "{body}");

    // Other organizations are not slowed down.
    let (status, _) = s.call("GET", "/v1/ignite/app/dev", None).await;
    assert_eq!(status, 200);
    let shown = s.admin(&["org", "get-quota", "--org", "busy"]);
    assert!(shown.contains("max_apps = 1") && shown.contains("requests_per_second = 2"), "{shown}");
    assert_bounded(&s, baseline, 100).await;
}

#[allow(deprecated)]
#[tokio::test]
async fn executions_expire_with_their_outputs_by_the_apps_ttl() {
    let s = Server::start_with(&["--retention-sweep-secs", "1"]);
    // A 2 MiB output is stored as a blob, not inline.
    let big = "def handler(p, c):\n    return b'y' * (2 << 20)\n";
    let config = json!({"storageMode": "STORAGE_MODE_TTL", "ttlSecs": 2});
    let (status, body) = deploy(&s, &s.token, ORG, "short", config, &python_draft(big)).await;
    assert_eq!(status, 200, "{body}");
    let mut c = s.grpc().await;
    let request =
        v1::InvokeAsyncRequest { organization_name: ORG.into(), app_name: "short".into(), ..Default::default() };
    let id = c.invoke_async(authed(request, &s.token)).await.unwrap().into_inner().execution_id;
    let execution = wait_terminal(&s, &id).await;
    assert_eq!(execution["status"], "EXECUTION_STATUS_SUCCEEDED", "{execution}");
    let output = execution["outputRef"].as_str().unwrap().to_string();
    assert!(s.stored_blobs().contains(&output), "the output is stored");

    // Past the ttl the record is gone, and the sweeper deletes the output's blob.
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let (status, _) = s.call("GET", &format!("/v1/ignite/executions/{id}"), None).await;
        if status == 404 && !s.stored_blobs().contains(&output) {
            break;
        }
        assert!(Instant::now() < deadline, "the execution (status {status}) or its output outlived the ttl");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    // The app's code is still stored: only the output went.
    let (status, _, _) = invoke_text(&s, &s.token, ORG, "short", b"").await;
    assert_eq!(status, 200);
}

#[tokio::test]
async fn deleting_an_app_never_takes_the_code_another_app_just_saved() {
    let s = Server::start();
    // Two apps with the same bytes share one blob: one is deleted while the other saves.
    let code = python_draft("def handler(p, c):\n    return 'same bytes'\n");
    for round in 0..20 {
        let (old, new) = (format!("old{round}"), format!("new{round}"));
        let create = |name: &str| json!({"name": name}).to_string();
        assert_eq!(s.call("POST", "/v1/ignite/app/dev", Some(&create(&old))).await.0, 200);
        assert_eq!(s.call("POST", &format!("/v1/ignite/app/dev/{old}/draft"), Some(&code)).await.0, 200);
        assert_eq!(s.call("POST", "/v1/ignite/app/dev", Some(&create(&new))).await.0, 200);
        let (old_path, new_draft) = (format!("/v1/ignite/app/dev/{old}"), format!("/v1/ignite/app/dev/{new}/draft"));
        let delete = s.call("DELETE", &old_path, None);
        let save = s.call("POST", &new_draft, Some(&code));
        let ((deleted, _), (saved, body)) = tokio::join!(delete, save);
        assert_eq!((deleted, saved), (200, 200), "{body}");
        let hash = body["draft"]["codeHash"].as_str().unwrap();
        assert!(s.stored_blobs().iter().any(|b| b == hash), "round {round}: the saved draft's code is stored");
    }
}

#[tokio::test]
async fn mcp_sessions_are_bounded_and_the_oldest_goes_first() {
    let s = Server::start();
    // Past the rate limit is tested above; here the session count is the limit.
    set_quota(&s, ORG, &["--requests-per-second", "100000"]);
    let baseline = rss_mb(&s);
    let url = format!("http://{}/mcp/{ORG}", s.addr);
    let client = reqwest::Client::new();
    let initialize = json!({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
        "protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "flood", "version": "1"}}});
    let open = || async {
        let resp = client
            .post(&url)
            .bearer_auth(&s.token)
            .header("accept", "application/json, text/event-stream")
            .json(&initialize)
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), 200);
        let id = resp.headers()["mcp-session-id"].to_str().unwrap().to_string();
        resp.bytes().await.unwrap();
        id
    };
    // A request in a session: 404 once the server no longer holds the session.
    let status_in = |id: String| {
        let request = client
            .post(&url)
            .bearer_auth(&s.token)
            .header("accept", "application/json, text/event-stream")
            .header("mcp-protocol-version", "2025-06-18")
            .header("mcp-session-id", id)
            .json(&json!({"jsonrpc": "2.0", "method": "notifications/initialized"}));
        async move { request.send().await.unwrap().status().as_u16() }
    };
    let first = open().await;
    assert_ne!(status_in(first.clone()).await, 404, "a new session is held");
    // Three times the limit: the sessions closed for newer ones give their memory back.
    for _ in 0..3 * 1024 {
        open().await;
    }
    assert_eq!(status_in(first).await, 404, "the oldest session made room for the newest");
    assert_bounded(&s, baseline, 120).await;
}
